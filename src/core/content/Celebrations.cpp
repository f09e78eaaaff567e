#include "core/content/Celebrations.hpp"

#include "core/model/ContentLookup.hpp"
#include "core/model/LocalTime.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace lantern {
namespace {

using Problems = std::vector<CelebrationProblem>;

std::string quoted(const std::string& text) {
    return "\"" + text + "\"";
}

template <typename T> bool hasId(const std::vector<T>& items, const std::string& id) {
    return std::any_of(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : ", ") + part;
    return out;
}

std::string kindList() {
    std::vector<std::string> kinds(kCelebrationKinds.begin(), kCelebrationKinds.end());
    return joined(kinds);
}

// Code points in UTF-8 text: every byte that is not a continuation byte starts one.
std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char ch) {
        return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    }));
}

void checkKind(const Celebration& c, const SchoolContent& content, Problems& out) {
    if (c.kind.empty())
        out.push_back({"kind", "required (one of " + kindList() + ")"});
    else if (!isCelebrationKind(c.kind))
        out.push_back({"kind", quoted(c.kind) + " is not a celebration kind (one of " + kindList() +
                                   "; there is no kind for top scores)"});
    if (c.kind == "habit" && !c.habitId) out.push_back({"habit", "required for kind habit"});
    if (c.habitId && !hasId(content.habits, *c.habitId))
        out.push_back({"habit", "no habit " + quoted(*c.habitId)});
}

std::set<int> schoolGrades(const SchoolContent& content) {
    std::set<int> grades;
    for (const auto& s : content.sections)
        grades.insert(s.grade);
    for (const auto& l : content.learners)
        grades.insert(l.grade);
    for (const auto& r : content.rooms)
        if (r.grade) grades.insert(*r.grade);
    return grades;
}

void checkGrade(int grade, const SchoolContent& content, Problems& out) {
    const auto grades = schoolGrades(content);
    if (grades.empty() && grade >= 0 && grade <= 12) return; // no roster yet: any K-12 grade
    if (grades.contains(grade)) return;
    std::vector<std::string> names;
    for (int g : grades)
        names.push_back(std::to_string(g));
    out.push_back({"grade", std::to_string(grade) + " is not one of the school's grades (" +
                                (names.empty() ? "K-12" : joined(names)) + ")"});
}

void checkSubject(const Celebration& c, const SchoolContent& content, Problems& out) {
    std::vector<std::string> named;
    if (c.learnerId) named.emplace_back("learner");
    if (c.sectionId) named.emplace_back("section");
    if (c.grade) named.emplace_back("grade");
    if (named.size() > 1)
        out.push_back({"subject", "names " + joined(named) +
                                      "; give exactly one of learner, section, grade or school"});
    if (c.learnerId && !hasId(content.learners, *c.learnerId))
        out.push_back({"learner", "no learner " + quoted(*c.learnerId)});
    if (c.sectionId && !hasId(content.sections, *c.sectionId))
        out.push_back({"section", "no section " + quoted(*c.sectionId)});
    if (c.grade) checkGrade(*c.grade, content, out);
}

void checkText(const Celebration& c, const SchoolContent& content, Problems& out) {
    const auto& languages = content.school.languages;
    const auto shown = screenLanguages(content);
    for (const auto& [lang, text] : c.text) {
        const std::string field = "text." + lang;
        if (std::find(shown.begin(), shown.end(), lang) == shown.end())
            out.push_back({field, (shown.size() > languages.size()
                                       ? "the languages of the school and its rooms are "
                                       : "the school's languages are ") +
                                      joined(shown)});
        else if (text.empty())
            out.push_back({field, "empty translation; leave the language out instead"});
        else if (const auto n = characters(text); n > kCelebrationMaxChars)
            out.push_back({field, std::to_string(n) + " characters; at most " +
                                      std::to_string(kCelebrationMaxChars)});
    }
    if (!languages.empty() && !hasText(c.text, languages.front()))
        out.push_back({"text." + languages.front(), "required (the school's first language)"});
}

void checkAnonymousAs(const Celebration& c, Problems& out) {
    if (c.anonymousAs != "grade" && c.anonymousAs != "section")
        out.push_back({"anonymousAs", "'" + c.anonymousAs + "' is not grade or section"});
    else if (c.anonymousAs == "section" && !c.learnerId)
        out.push_back({"anonymousAs", "section phrasing is for a learner subject"});
}

// The n of "c-<n>" when the rest of the id is all digits.
std::optional<long> idNumber(const std::string& id) {
    if (!id.starts_with("c-") || id.size() == 2) return std::nullopt;
    long n = 0;
    const char* first = id.data() + 2;
    const char* last = id.data() + id.size();
    const auto [end, error] = std::from_chars(first, last, n);
    if (error != std::errc() || end != last || *first == '-' || *first == '+') return std::nullopt;
    return n;
}

void checkWindow(const Celebration& c, Problems& out) {
    if (c.showFrom && c.showUntil && *c.showUntil < *c.showFrom)
        out.push_back({"showUntil", formatDate(*c.showUntil) + " is before showFrom " +
                                        formatDate(*c.showFrom)});
}

void checkTargets(const Celebration& c, const SchoolContent& content, Problems& out) {
    for (const auto& t : c.targets)
        if (!isRoomOrGroup(content, t)) out.push_back({"targets", "no room or group " + quoted(t)});
}

moderation::Outcome refused(const Celebration& c, const std::string& verb) {
    return {std::nullopt, "cannot " + verb + " celebration " + quoted(c.id) + ": it is " +
                              celebrationStatusName(c.status) + "; only a pending one can be"};
}

} // namespace

bool isCelebrationKind(std::string_view kind) {
    return std::find(kCelebrationKinds.begin(), kCelebrationKinds.end(), kind) !=
           kCelebrationKinds.end();
}

std::vector<CelebrationProblem> celebrationIssues(const Celebration& c,
                                                  const SchoolContent& content) {
    Problems out;
    checkKind(c, content, out);
    checkSubject(c, content, out);
    checkText(c, content, out);
    checkWindow(c, out);
    checkTargets(c, content, out);
    checkAnonymousAs(c, out);
    return out;
}

std::string nextCelebrationId(const SchoolContent& content) {
    long highest = 0;
    for (const auto& c : content.celebrations)
        highest = std::max(highest, idNumber(c.id).value_or(0));
    return "c-" + std::to_string(highest + 1);
}

std::vector<std::string> celebrationProblems(const Celebration& c, const SchoolContent& content) {
    std::vector<std::string> lines;
    for (const auto& problem : celebrationIssues(c, content))
        lines.push_back(problem.text());
    return lines;
}

const char* celebrationStatusName(CelebrationStatus status) {
    switch (status) {
    case CelebrationStatus::Pending:
        return "pending";
    case CelebrationStatus::Approved:
        return "approved";
    case CelebrationStatus::Rejected:
        return "rejected";
    case CelebrationStatus::Expired:
        return "expired";
    }
    return "pending";
}

std::optional<CelebrationStatus> celebrationStatusFromName(std::string_view name) {
    for (auto s : {CelebrationStatus::Pending, CelebrationStatus::Approved,
                   CelebrationStatus::Rejected, CelebrationStatus::Expired})
        if (name == celebrationStatusName(s)) return s;
    return std::nullopt;
}

namespace moderation {

Outcome approve(const Celebration& c) {
    if (c.status != CelebrationStatus::Pending) return refused(c, "approve");
    return {CelebrationStatus::Approved, {}};
}

Outcome reject(const Celebration& c) {
    if (c.status != CelebrationStatus::Pending) return refused(c, "reject");
    return {CelebrationStatus::Rejected, {}};
}

bool isDue(const Celebration& c, Days today) {
    return c.status == CelebrationStatus::Approved && c.showUntil && *c.showUntil < today;
}

std::vector<std::string> expireDue(const SchoolContent& content, Days today) {
    std::vector<std::string> ids;
    for (const auto& c : content.celebrations)
        if (isDue(c, today)) ids.push_back(c.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace moderation
} // namespace lantern
