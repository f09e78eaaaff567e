// `lantern celebrate add|list|approve|reject|expire`: submitting and moderating celebrations from
// the command line (docs/celebrations.md). The rules are core/Celebrations.hpp's; bad input (a
// broken rule, an unknown id, a decision on a celebration that is not pending) exits 2 and
// changes nothing.
//
// Index of this file:
// - [flags]    the flags every subcommand shares, read into a pending celebration; all problems
//              are gathered, so one run reports every one of them
// - [add]      runAdd: the content's rules are checked before anything is stored
// - [list]     runList: one tab-separated line per celebration, and its missing languages
// - [decide]   approve and reject (runDecision), and expire
// - [commands] the subcommands and their options
//
// Call flow:
//   addCelebrateCommand
//   ├─ addAdd ─ runAdd ─ fromFlags ─ readTexts, readSubject, readDate
//   ├─ list ─ runList ─ subjectText, windowText, oneLine, commaList
//   ├─ approve, reject ─ runDecision ─ findOrFail
//   └─ expire ─ runExpire
#include "app/Commands.hpp"
#include "core/content/Celebrations.hpp"
#include "core/content/Translations.hpp"
#include "core/model/ContentLookup.hpp"
#include "core/model/LocalTime.hpp"
#include "player/SystemClock.hpp"
#include "store/Store.hpp"

#include <algorithm>
#include <iostream>
#include <memory>

namespace lantern {
namespace {

// ---- [flags] ---------------------------------------------------------------------------------

struct CelebrateFlags {
    CommonFlags common;
    std::string kind;
    std::vector<std::string> texts; // LANG=TEXT
    std::string learner, section, habit, from, to, by, status, today;
    std::string anonymousAs = "grade";
    std::optional<int> grade;
    bool school = false;
    std::vector<std::string> rooms;
    std::string id;
};

using Problems = std::vector<std::string>;

void readTexts(const std::vector<std::string>& texts, Celebration& c, Problems& problems) {
    for (const auto& t : texts) {
        const auto eq = t.find('=');
        if (eq == std::string::npos || eq == 0) {
            problems.push_back("--text: expected LANG=TEXT, e.g. en=\"Kept going\", not '" + t +
                               "'");
            continue;
        }
        c.text[t.substr(0, eq)] = t.substr(eq + 1);
    }
}

std::optional<Days> readDate(const std::string& text, const char* flag, Problems& problems) {
    if (text.empty()) return std::nullopt;
    auto day = parseDate(text);
    if (!day)
        problems.push_back(std::string(flag) + ": '" + text + "' is not a date like 2026-11-20");
    return day;
}

void readSubject(const CelebrateFlags& f, Celebration& c, Problems& problems) {
    const int given = int(!f.learner.empty()) + int(!f.section.empty()) + int(f.grade.has_value()) +
                      int(f.school);
    if (given != 1)
        problems.push_back("subject: give exactly one of --learner ID, --section ID, --grade G "
                           "or --school");
    if (!f.learner.empty()) c.learnerId = f.learner;
    if (!f.section.empty()) c.sectionId = f.section;
    c.grade = f.grade;
}

Celebration fromFlags(const CelebrateFlags& f, const SchoolContent& content, Problems& problems) {
    Celebration c;
    c.id = nextCelebrationId(content);
    c.kind = f.kind;
    readTexts(f.texts, c, problems);
    readSubject(f, c, problems);
    c.anonymousAs = f.anonymousAs;
    if (!f.habit.empty()) c.habitId = f.habit;
    c.showFrom = readDate(f.from, "--from", problems);
    c.showUntil = readDate(f.to, "--to", problems);
    c.targets = f.rooms;
    c.submittedBy = f.by;
    c.status = CelebrationStatus::Pending;
    c.createdAt = SystemClock().now();
    return c;
}

std::string problemReport(const Problems& problems) {
    std::string out = "celebration not added (" + std::to_string(problems.size()) +
                      (problems.size() == 1 ? " problem):" : " problems):");
    for (const auto& p : problems)
        out += "\n  " + p;
    return out;
}

// ---- [add] -----------------------------------------------------------------------------------

int runAdd(const CelebrateFlags& f) {
    auto store = openStore(resolveSettings(f.common));
    const auto content = store.loadContent(Store::WithEvidence::No);
    Problems problems;
    const Celebration c = fromFlags(f, content, problems);
    for (const auto& p : celebrationIssues(c, content))
        problems.push_back(p.field == "anonymousAs" ? "--anonymous-as: " + p.message : p.text());
    if (!problems.empty()) throw CommandError(problemReport(problems), 2);
    store.addCelebration(c);
    std::cout << c.id << "\n";
    return 0;
}

// ---- [list] ----------------------------------------------------------------------------------

std::string subjectText(const Celebration& c) {
    if (c.learnerId) return "learner " + *c.learnerId;
    if (c.sectionId) return "section " + *c.sectionId;
    if (c.grade) return "grade " + std::to_string(*c.grade);
    return "school";
}

std::string windowText(const Celebration& c) {
    if (!c.showFrom && !c.showUntil) return "always";
    return (c.showFrom ? formatDate(*c.showFrom) : "") + ".." +
           (c.showUntil ? formatDate(*c.showUntil) : "");
}

// One line of at most `limit` characters (code points), "…" marking a cut.
std::string oneLine(std::string text, std::size_t limit) {
    std::replace_if(
        text.begin(), text.end(), [](char ch) { return ch == '\n' || ch == '\r' || ch == '\t'; },
        ' ');
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++chars > limit) return text.substr(0, i) + "…";
    }
    return text;
}

std::string commaList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

int runList(const CelebrateFlags& f) {
    std::optional<CelebrationStatus> only;
    if (!f.status.empty()) {
        only = celebrationStatusFromName(f.status);
        if (!only)
            throw CommandError("--status: unknown status '" + f.status +
                                   "' (pending, approved, rejected or expired)",
                               2);
    }
    auto store = openStore(resolveSettings(f.common));
    const auto content = store.loadContent(Store::WithEvidence::No);
    const auto& languages = content.school.languages;
    const std::string lang = languages.empty() ? "en" : languages.front();
    for (const auto& c : content.celebrations) {
        if (only && c.status != *only) continue;
        std::cout << c.id << "\t" << celebrationStatusName(c.status) << "\t" << c.kind << "\t"
                  << subjectText(c) << "\t" << windowText(c) << "\t"
                  << oneLine(pickText(c.text, lang, languages), 72) << "\n";
        if (auto missing = missingLanguages(c.text, screenLanguages(content)); !missing.empty())
            std::cout << "  missing: " << commaList(missing) << "\n";
    }
    return 0;
}

// ---- [decide] --------------------------------------------------------------------------------

const Celebration& findOrFail(const SchoolContent& content, const std::string& id) {
    for (const auto& c : content.celebrations)
        if (c.id == id) return c;
    throw CommandError("no celebration '" + id + "' (see `lantern celebrate list`)", 2);
}

template <typename Decide> int runDecision(const CelebrateFlags& f, Decide decide) {
    auto store = openStore(resolveSettings(f.common));
    const auto content = store.loadContent(Store::WithEvidence::No);
    const auto outcome = decide(findOrFail(content, f.id));
    if (!outcome) throw CommandError(outcome.problem, 2);
    store.setCelebrationStatus(f.id, *outcome.next);
    std::cout << f.id << "\t" << celebrationStatusName(*outcome.next) << "\n";
    return 0;
}

int runExpire(const CelebrateFlags& f) {
    auto store = openStore(resolveSettings(f.common));
    Days today{};
    if (!f.today.empty()) {
        const auto day = parseDate(f.today);
        if (!day) throw CommandError("--today: '" + f.today + "' is not a date like 2026-11-20", 2);
        today = *day;
    } else {
        today = localDay(SystemClock().now(), store.loadSchoolSettings().school.timeZone);
    }
    const int n = store.expireCelebrations(today);
    std::cout << "expired " << n << (n == 1 ? " celebration\n" : " celebrations\n");
    return 0;
}

// ---- [commands] ------------------------------------------------------------------------------

CLI::App* leaf(CLI::App& parent, const char* name, const char* help, CelebrateFlags& flags) {
    auto* sub = parent.add_subcommand(name, help);
    addCommonFlags(*sub, flags.common, false, false);
    return sub;
}

void addAdd(CLI::App& parent, const std::shared_ptr<CelebrateFlags>& f, CommandRun& run) {
    auto* add = leaf(parent, "add", "Submit a celebration for approval; prints its id", *f);
    add->add_option("--kind", f->kind,
                    "growth, habit, revision, persistence, community or milestone")
        ->required();
    add->add_option("--text", f->texts,
                    "LANG=TEXT, once per language (the first language required)")
        ->required();
    add->add_option("--learner", f->learner, "About one learner (roster id)");
    add->add_option("--section", f->section, "About a section or crew (roster id)");
    add->add_option("--grade", f->grade, "About a grade");
    add->add_flag("--school", f->school, "About the whole school");
    add->add_option("--habit", f->habit, "The habit it shows (required for kind habit)");
    add->add_option("--from", f->from, "First day shown (YYYY-MM-DD)");
    add->add_option("--to", f->to, "Last day shown (YYYY-MM-DD)");
    add->add_option("--rooms", f->rooms, "Room or group ids (default: every room)")->delimiter(',');
    add->add_option("--by", f->by, "Who submits it (shown to moderators only)");
    add->add_option("--anonymous-as", f->anonymousAs,
                    "Without naming consent, speak of the learner by grade (default) or section "
                    "(\"someone in 7B Crew\", when the section is large enough)");
    add->callback([f, &run] { run = [f] { return runAdd(*f); }; });
}

} // namespace

void addCelebrateCommand(CLI::App& app, CommandRun& run) {
    auto f = std::make_shared<CelebrateFlags>();
    auto* celebrate =
        app.add_subcommand("celebrate", "Submit, list, approve, reject or expire celebrations");
    celebrate->require_subcommand(1);
    addAdd(*celebrate, f, run);

    auto* list =
        leaf(*celebrate, "list", "Celebrations: id, status, kind, subject, window, text", *f);
    list->add_option("--status", f->status,
                     "Only this status: pending, approved, rejected, expired");
    list->callback([f, &run] { run = [f] { return runList(*f); }; });

    auto* approve = leaf(*celebrate, "approve", "Approve a pending celebration", *f);
    approve->add_option("id", f->id, "Celebration id")->required();
    approve->callback([f, &run] {
        run = [f] {
            return runDecision(*f, [](const Celebration& c) { return moderation::approve(c); });
        };
    });

    auto* reject = leaf(*celebrate, "reject", "Reject a pending celebration", *f);
    reject->add_option("id", f->id, "Celebration id")->required();
    reject->callback([f, &run] {
        run = [f] {
            return runDecision(*f, [](const Celebration& c) { return moderation::reject(c); });
        };
    });

    auto* expire = leaf(*celebrate, "expire",
                        "Expire approved celebrations whose window has ended; prints how many", *f);
    expire->add_option("--today", f->today, "Count from this day (default: today, school time)");
    expire->callback([f, &run] { run = [f] { return runExpire(*f); }; });
}

} // namespace lantern
