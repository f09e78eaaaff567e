// `lantern mastery`: shows the school's mastery scale and how a learner's current level is worked
// out; `lantern mastery set` changes the method, its parameters, the mastered rank and the term
// start (docs/importing.md, "Mastery scale and method").
#include "app/Commands.hpp"
#include "core/model/LocalTime.hpp"
#include "core/progress/Mastery.hpp"
#include "core/progress/MasteryChange.hpp"
#include "store/Store.hpp"

#include <iostream>
#include <memory>
#include <optional>

namespace lantern {
namespace {

struct MasterySetFlags {
    CommonFlags common;
    MasteryChange change;
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

int runSet(const MasterySetFlags& flags) {
    auto settings = resolveSettings(flags.common);
    auto store = openStore(settings);
    const auto content = store.loadSchoolSettings();
    MasteryScale scale = content.scale;
    std::optional<Days> termStart = content.school.termStart;
    if (auto problem = applyMasteryChange(flags.change, scale, termStart))
        throw CommandError("--" + problem->field + ": " + problem->message, 2); // exit 2: bad input
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
    set->add_option("--method", flags->change.method,
                    "most-recent | highest | decaying-average | times-at-mastery");
    set->add_option("--decay-weight", flags->change.decayWeight,
                    "decaying-average: the latest evidence's weight, e.g. 0.65");
    set->add_option("--times", flags->change.timesNeeded,
                    "times-at-mastery: how many pieces of evidence at or above mastery");
    set->add_option("--mastered-rank", flags->change.masteredRank,
                    "the lowest rank that counts as mastered");
    set->add_option("--term-start", flags->change.termStart,
                    "first day of the term (YYYY-MM-DD), or 'none' for the first evidence date");
    set->callback([flags, &run] { run = [flags] { return runSet(*flags); }; });
}

} // namespace lantern
