// OneRoster: reading the manifest and the roster files (orgs, academicSessions, courses,
// classes, users, roles, enrollments, lineItems, lineItemLearningObjectiveIds) into a Roster.
//
// Index of this file:
// - [org check]  references to orgs missing from a bulk orgs.csv: kept, warned about once per file
// - [manifest]   manifest.csv: each file bulk, delta or absent
// - [classes]    orgs, academic sessions and courses (whose grades classes fall back on), classes
// - [people]     users, roles and enrollments
// - [line items] line items and the learning objectives they assess
// - [students]   who is a student when no file says roles; the warning about everyone else
// - [entry]      readRoster: the files in the order their references need
//
// Call flow:
//   readRoster
//   ├─ readManifest
//   ├─ readOrgs, readSessions, readCourses, readClasses
//   ├─ readUsers, readRoles, readEnrollments, studentsFromEnrollments
//   ├─ readLineItems, readLineItemObjectives
//   └─ OrgCheck::flush, noteOthers
#include "core/interop/OneRosterDetail.hpp"

#include <unordered_map>

namespace lantern::oneroster {
namespace {

using detail::lower;
using detail::SetFile;

// ---- [org check] -----------------------------------------------------------------------------

// References to orgs absent from a bulk orgs.csv: real sets do this, so they are reported once
// per file, not refused.
class OrgCheck {
public:
    explicit OrgCheck(ImportReport& report) : m_report(report) {}
    void known(std::set<std::string> ids) {
        m_ids = std::move(ids);
        m_active = true;
    }
    void check(const SetFile& file, const std::string& id) {
        if (!m_active || id.empty() || m_ids.count(id)) return;
        auto& [count, example] = m_missing[file.name()];
        if (count++ == 0) example = id;
    }
    void flush() {
        for (const auto& [file, missing] : m_missing)
            m_report.warnings.push_back(file + ": " + std::to_string(missing.first) +
                                        " reference(s) to orgs absent from orgs.csv (e.g. '" +
                                        missing.second + "'); kept");
        m_missing.clear();
    }

private:
    ImportReport& m_report;
    std::set<std::string> m_ids;
    bool m_active = false;
    std::map<std::string, std::pair<int, std::string>> m_missing;
};

// ---- [manifest] ------------------------------------------------------------------------------

Manifest readManifest(SetFiles& files) {
    const std::string name = "manifest.csv";
    auto in = files.open(name);
    if (!in) throw ImportError(files.label(name), 0, "", "the set has no manifest.csv");
    CsvTable table(*in, files.label(name));
    const auto property = table.requireColumn("propertyName");
    const auto value = table.requireColumn("value");
    Manifest manifest;
    while (table.next()) {
        const auto key = lower(table.cell(property));
        const auto mode = lower(table.cell(value));
        if (key == "oneroster.version") manifest.version = std::string(table.cell(value));
        if (key.rfind("file.", 0) != 0) continue;
        if (mode == "bulk")
            manifest.files[key.substr(5)] = FileMode::Bulk;
        else if (mode == "delta")
            manifest.files[key.substr(5)] = FileMode::Delta;
        else if (mode == "absent" || mode.empty())
            manifest.files[key.substr(5)] = FileMode::Absent;
        else
            table.fail(value,
                       "'" + std::string(table.cell(value)) + "' is not bulk, delta or absent");
    }
    return manifest;
}

// ---- [classes] -------------------------------------------------------------------------------

void readOrgs(SetFiles& files, const Manifest& manifest, ImportReport& report, OrgCheck& orgs) {
    auto file = SetFile::open(files, manifest, "orgs", report);
    if (!file) return;
    const auto parent = file->column("parentSourcedId");
    std::set<std::string> ids;
    std::vector<std::string> parents;
    while (file->next()) {
        ids.insert(file->sourcedId());
        (void)file->deleted();
        parents.push_back(file->cell(parent));
    }
    if (file->mode() == FileMode::Delta) return;
    orgs.known(std::move(ids));
    for (const auto& id : parents)
        orgs.check(*file, id);
}

void readSessions(SetFiles& files, const Manifest& manifest, ImportReport& report) {
    auto file = SetFile::open(files, manifest, "academicSessions", report);
    if (!file) return;
    const auto start = file->column("startDate");
    const auto end = file->column("endDate");
    while (file->next()) {
        (void)file->sourcedId();
        (void)file->deleted();
        (void)file->date(start);
        (void)file->date(end);
    }
}

std::map<std::string, std::optional<int>> readCourses(SetFiles& files, const Manifest& manifest,
                                                      ImportReport& report, OrgCheck& orgs) {
    std::map<std::string, std::optional<int>> grades;
    auto file = SetFile::open(files, manifest, "courses", report);
    if (!file) return grades;
    const auto gradeColumn = file->anyColumn({"grades", "grade"});
    const auto org = file->column("orgSourcedId");
    while (file->next()) {
        auto id = file->sourcedId();
        (void)file->deleted();
        grades[id] = parseGrades(file->cell(gradeColumn));
        orgs.check(*file, file->cell(org));
    }
    return grades;
}

void readClasses(SetFiles& files, Roster& roster, ImportReport& report, OrgCheck& orgs,
                 const std::map<std::string, std::optional<int>>& courseGrades) {
    auto file = SetFile::open(files, roster.manifest, "classes", report);
    if (!file) return;
    const auto title = file->require("title");
    const auto gradeColumn = file->anyColumn({"grades", "grade"});
    const auto course = file->column("courseSourcedId");
    const auto school = file->column("schoolSourcedId");
    while (file->next()) {
        Class c{file->sourcedId(), file->cell(title), parseGrades(file->cell(gradeColumn)),
                file->deleted()};
        if (!c.grade) {
            const auto it = courseGrades.find(file->cell(course));
            if (it != courseGrades.end()) c.grade = it->second;
        }
        orgs.check(*file, file->cell(school));
        roster.classes[c.id] = c;
    }
}

// ---- [people] --------------------------------------------------------------------------------

// Returns whether users.csv says each user's role (1.1's role column).
bool readUsers(SetFiles& files, Roster& roster, ImportReport& report) {
    auto file = SetFile::open(files, roster.manifest, "users", report);
    if (!file) return false;
    const auto given = file->require("givenName");
    const auto family = file->require("familyName");
    const auto preferredGiven = file->anyColumn({"preferredGivenName", "prefferedGivenName"});
    const auto preferredFamily = file->anyColumn({"preferredFamilyName", "prefferedFamilyName"});
    const auto role = file->column("role");
    const auto grades = file->column("grades");
    while (file->next()) {
        User u{file->sourcedId(),
               file->cell(preferredGiven),
               file->cell(preferredFamily),
               parseGrades(file->cell(grades)),
               lower(file->cell(role)) == "student",
               file->deleted()};
        if (u.givenName.empty()) u.givenName = file->cell(given);
        if (u.familyName.empty()) u.familyName = file->cell(family);
        roster.users[u.id] = u;
    }
    return role.has_value();
}

// 1.2's roles.csv: a user with an active student role is a student. Returns whether it was read.
bool readRoles(SetFiles& files, Roster& roster, ImportReport& report) {
    auto file = SetFile::open(files, roster.manifest, "roles", report);
    if (!file) return false;
    const auto user = file->require("userSourcedId");
    const auto role = file->require("role");
    while (file->next()) {
        (void)file->sourcedId();
        const bool deleted = file->deleted();
        const auto it = roster.users.find(file->cell(user));
        if (!deleted && it != roster.users.end() && lower(file->cell(role)) == "student")
            it->second.student = true;
    }
    return true;
}

void readEnrollments(SetFiles& files, Roster& roster, ImportReport& report, OrgCheck& orgs) {
    auto file = SetFile::open(files, roster.manifest, "enrollments", report);
    if (!file) return;
    const auto classColumn = file->require("classSourcedId");
    const auto user = file->require("userSourcedId");
    const auto role = file->require("role");
    const auto school = file->column("schoolSourcedId");
    roster.enrollmentsFile = file->name();
    while (file->next()) {
        Enrollment e{file->sourcedId(), file->cell(classColumn),
                     file->cell(user),  lower(file->cell(role)) == "student",
                     file->deleted(),   file->line()};
        if (e.classId.empty()) file->fail(classColumn, "empty classSourcedId");
        if (e.userId.empty()) file->fail(user, "empty userSourcedId");
        orgs.check(*file, file->cell(school));
        roster.enrollments.push_back(std::move(e));
    }
}

// ---- [line items] ----------------------------------------------------------------------------

void readLineItems(SetFiles& files, Roster& roster, ImportReport& report) {
    auto file = SetFile::open(files, roster.manifest, "lineItems", report);
    if (!file) return;
    const auto classColumn = file->require("classSourcedId");
    const auto min = file->column("resultValueMin");
    const auto max = file->column("resultValueMax");
    while (file->next()) {
        LineItem item{file->sourcedId(), file->cell(classColumn), {}, {}, {}, file->deleted()};
        item.minScore = file->number(min);
        item.maxScore = file->number(max);
        roster.lineItems[item.id] = std::move(item);
    }
}

void readLineItemObjectives(SetFiles& files, Roster& roster, ImportReport& report) {
    auto file = SetFile::open(files, roster.manifest, "lineItemLearningObjectiveIds", report);
    if (!file) return;
    const auto item = file->require("lineItemSourcedId");
    const auto objective = file->require("learningObjectiveId");
    while (file->next()) {
        (void)file->sourcedId();
        const bool deleted = file->deleted();
        const auto it = roster.lineItems.find(file->cell(item));
        if (it == roster.lineItems.end())
            file->fail(item, "no line item '" + file->cell(item) + "' in lineItems.csv");
        if (file->cell(objective).empty()) file->fail(objective, "empty learningObjectiveId");
        if (!deleted) it->second.objectives.push_back(file->cell(objective));
    }
}

// ---- [students] ------------------------------------------------------------------------------

// Without a role column in users.csv or a roles.csv, a student is whoever is enrolled as one.
void studentsFromEnrollments(Roster& roster) {
    for (const auto& e : roster.enrollments) {
        const auto it = roster.users.find(e.userId);
        if (e.student && !e.deleted && it != roster.users.end()) it->second.student = true;
    }
}

void noteOthers(const Roster& roster, ImportReport& report) {
    const auto others = std::count_if(roster.users.begin(), roster.users.end(),
                                      [](const auto& u) { return !u.second.student; });
    if (others > 0)
        report.warnings.push_back("users.csv: " + std::to_string(others) +
                                  " user(s) who are not students (teachers, guardians, …) were "
                                  "not imported: only students become learners");
}

} // namespace

// ---- [entry] ---------------------------------------------------------------------------------

Roster readRoster(SetFiles& files, ImportReport& report) {
    Roster roster;
    roster.manifest = readManifest(files);
    OrgCheck orgs(report);
    readOrgs(files, roster.manifest, report, orgs);
    readSessions(files, roster.manifest, report);
    const auto courseGrades = readCourses(files, roster.manifest, report, orgs);
    readClasses(files, roster, report, orgs, courseGrades);
    const bool usersSayRole = readUsers(files, roster, report);
    const bool rolesRead = readRoles(files, roster, report);
    readEnrollments(files, roster, report, orgs);
    if (!usersSayRole && !rolesRead) studentsFromEnrollments(roster);
    readLineItems(files, roster, report);
    readLineItemObjectives(files, roster, report);
    orgs.flush();
    noteOthers(roster, report);
    return roster;
}

} // namespace lantern::oneroster
