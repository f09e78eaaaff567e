// `lantern mastery`: shows the school's mastery scale and how a learner's current level is worked
// out; `lantern mastery set` changes the method, its parameters, the mastered rank and the term
// start (docs/importing.md, "Mastery scale and method").
#include "app/Commands.hpp"
#include "core/LocalTime.hpp"
#include "core/Mastery.hpp"
#include "store/Store.hpp"

#include <iostream>
#include <memory>
#include <optional>

namespace lantern {
namespace {

struct MasterySetFlags {
    CommonFlags common;
    std::optional<std::string> method;
    std::optional<double> decayWeight;
    std::optional<int> timesNeeded;
    std::optional<int> masteredRank;
    std::optional<std::string> termStart; // a date, or "none"
};

std::string methodLine(const MasteryScale& scale) {
    std::string line = masteryMethodName(scale.method);
    if (scale.method == MasteryMethod::DecayingAverage)
        line += " (latest evidence weighs " + std::to_string(scale.decayWeight).substr(0, 4) + ")";
    if (scale.method == MasteryMethod::TimesAtMastery)
        line += " (" + std::to_string(scale.timesNeeded) + " times at or above mastery)";
    return line;
}

int runShow(const CommonFlags& common) {
    auto settings = resolveSettings(common);
    const auto content = openStore(settings).loadSchoolSettings();
    const auto& scale = content.scale;
    const std::string lang =
        content.school.languages.empty() ? "en" : content.school.languages.front();
    std::cout << "method: " << methodLine(scale) << "\n";
    std::cout << "term start: "
              << (content.school.termStart ? formatDate(*content.school.termStart)
                                           : std::string("first evidence date"))
              << "\n";
    if (scale.levels.empty()) std::cout << "no mastery levels yet\n";
    for (const auto& level : scale.levels)
        std::cout << level.rank << "\t" << pickText(level.label, lang, content.school.languages)
                  << "\t" << level.color << (level.rank == scale.masteredRank ? "\tmastered" : "")
                  << "\n";
    return 0;
}

// Applies the flags to `scale`; a bad value is the user's error (exit 2), naming the flag.
void applyFlags(const MasterySetFlags& f, MasteryScale& scale, std::optional<Days>& termStart) {
    if (f.method) {
        auto m = parseMasteryMethod(*f.method);
        if (!m)
            throw CommandError("--method: '" + *f.method +
                                   "' is not one of most-recent, highest, decaying-average, "
                                   "times-at-mastery",
                               2);
        scale.method = *m;
    }
    if (f.decayWeight) {
        if (!(*f.decayWeight > 0 && *f.decayWeight < 1))
            throw CommandError("--decay-weight: must be between 0 and 1, e.g. 0.65", 2);
        scale.decayWeight = *f.decayWeight;
    }
    if (f.timesNeeded) {
        if (*f.timesNeeded < 1) throw CommandError("--times: must be 1 or more", 2);
        scale.timesNeeded = *f.timesNeeded;
    }
    if (f.masteredRank) {
        const bool known =
            std::any_of(scale.levels.begin(), scale.levels.end(),
                        [&](const MasteryLevel& l) { return l.rank == *f.masteredRank; });
        if (!known)
            throw CommandError("--mastered-rank: the scale has no level of rank " +
                                   std::to_string(*f.masteredRank),
                               2);
        scale.masteredRank = *f.masteredRank;
    }
    if (f.termStart) {
        if (*f.termStart == "none") {
            termStart.reset();
        } else if (auto d = parseDate(*f.termStart)) {
            termStart = *d;
        } else {
            throw CommandError("--term-start: '" + *f.termStart + "' is not a date (YYYY-MM-DD)",
                               2);
        }
    }
}

int runSet(const MasterySetFlags& flags) {
    auto settings = resolveSettings(flags.common);
    auto store = openStore(settings);
    const auto content = store.loadSchoolSettings();
    MasteryScale scale = content.scale;
    std::optional<Days> termStart = content.school.termStart;
    applyFlags(flags, scale, termStart);
    store.setMasteryRule(scale, termStart);
    std::cout << "method: " << methodLine(scale) << "; mastered from rank " << scale.masteredRank
              << "; term start "
              << (termStart ? formatDate(*termStart) : std::string("first evidence date")) << "\n";
    return 0;
}

} // namespace

void addMasteryCommand(CLI::App& app, CommandRun& run) {
    auto common = std::make_shared<CommonFlags>();
    auto* sub = app.add_subcommand(
        "mastery", "Show the school's mastery scale and how current levels are worked out");
    addCommonFlags(*sub, *common, false, false);
    sub->callback([common, sub, &run] {
        if (sub->get_subcommands().empty()) run = [common] { return runShow(*common); };
    });

    auto flags = std::make_shared<MasterySetFlags>();
    auto* set =
        sub->add_subcommand("set", "Change the mastery method, mastered rank or term start");
    addCommonFlags(*set, flags->common, false, false);
    set->add_option("--method", flags->method,
                    "most-recent | highest | decaying-average | times-at-mastery");
    set->add_option("--decay-weight", flags->decayWeight,
                    "decaying-average: the latest evidence's weight, e.g. 0.65");
    set->add_option("--times", flags->timesNeeded,
                    "times-at-mastery: how many pieces of evidence at or above mastery");
    set->add_option("--mastered-rank", flags->masteredRank,
                    "the lowest rank that counts as mastered");
    set->add_option("--term-start", flags->termStart,
                    "first day of the term (YYYY-MM-DD), or 'none' for the first evidence date");
    set->callback([flags, &run] { run = [flags] { return runSet(*flags); }; });
}

} // namespace lantern
