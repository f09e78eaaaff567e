// Store: reading the whole content (loadContent, rooms). The schedule and notices are read by
// Store_Schedule.cpp and Store_Notices.cpp.
#include "store/Codec.hpp"
#include "store/Store.hpp"
#include "store/StoreDetail.hpp"

#include <map>

namespace lantern {
namespace {

using sqlite::Connection;
using sqlite::Statement;

School readSchool(Connection& db, MasteryScale& scale) {
    Statement query(db, "SELECT name, time_zone, languages, mission, mastered_rank, "
                        "default_playlist_id, mastery_method, decay_weight, times_needed, "
                        "term_start FROM school");
    School school;
    if (!query.step()) return school;
    school.name = query.text(0);
    school.timeZone = query.text(1);
    school.languages = codec::decodeList(query.text(2), "school.languages");
    school.mission = codec::decodeText(query.text(3), "school.mission");
    scale.masteredRank = query.integer(4);
    school.defaultPlaylistId = query.optionalText(5).value_or("");
    scale.method = codec::decodeMasteryMethod(query.text(6), "school.mastery_method");
    scale.decayWeight = query.real(7);
    scale.timesNeeded = query.integer(8);
    school.termStart = codec::decodeOptionalDate(query.optionalText(9), "school.term_start");
    return school;
}

Room readRoom(const Statement& query) {
    Room room;
    room.id = query.text(0);
    room.name = query.text(1);
    room.kind = query.text(2);
    room.sectionId = query.optionalText(3);
    room.grade = query.optionalInt(4);
    room.languages = codec::decodeList(query.text(5), "rooms.languages");
    room.viewingDistanceM = query.real(6);
    room.powerHours = codec::decodePowerHours(query.text(7), "rooms.power_hours");
    room.darkMode = codec::decodeDarkMode(query.text(8), "rooms.dark_mode");
    return room;
}

std::vector<Room> readRooms(Connection& db) {
    Statement query(db, "SELECT id, name, kind, section_id, grade, languages, viewing_distance_m, "
                        "power_hours, dark_mode FROM rooms ORDER BY id");
    std::vector<Room> rooms;
    while (query.step())
        rooms.push_back(readRoom(query));
    return rooms;
}

std::vector<Display> readDisplays(Connection& db) {
    Statement query(db, "SELECT id, room_id, name, orientation, width, height FROM displays "
                        "ORDER BY id");
    std::vector<Display> displays;
    while (query.step())
        displays.push_back({query.text(0), query.text(1), query.text(2),
                            codec::decodeOrientation(query.text(3), "displays.orientation"),
                            query.integer(4), query.integer(5)});
    return displays;
}

using IndicatorsByHabit = std::map<std::string, std::vector<LangText>>;

// 'looks' and 'sounds' indicators by habit id, each in position order.
std::map<std::string, IndicatorsByHabit> readIndicators(Connection& db) {
    Statement query(db, "SELECT habit_id, kind, text FROM habit_indicators "
                        "ORDER BY habit_id, position");
    std::map<std::string, IndicatorsByHabit> byKind;
    while (query.step())
        byKind[query.text(1)][query.text(0)].push_back(
            codec::decodeText(query.text(2), "habit_indicators.text"));
    return byKind;
}

std::vector<Habit> readHabits(Connection& db) {
    auto indicators = readIndicators(db);
    Statement query(db, "SELECT id, name, meaning, color, sort_order, icon FROM habits "
                        "ORDER BY sort_order, id");
    std::vector<Habit> habits;
    while (query.step()) {
        Habit habit;
        habit.id = query.text(0);
        habit.name = codec::decodeText(query.text(1), "habits.name");
        habit.meaning = codec::decodeText(query.text(2), "habits.meaning");
        habit.color = query.text(3);
        habit.sortOrder = query.integer(4);
        habit.icon = query.text(5);
        habit.indicators = std::move(indicators["looks"][habit.id]);
        habit.soundsLike = std::move(indicators["sounds"][habit.id]);
        habits.push_back(std::move(habit));
    }
    return habits;
}

std::vector<Domain> readDomains(Connection& db) {
    Statement query(db, "SELECT id, code, title, sort_order, framework_id FROM domains "
                        "ORDER BY sort_order, id");
    std::vector<Domain> domains;
    while (query.step())
        domains.push_back({query.text(0), query.text(1),
                           codec::decodeText(query.text(2), "domains.title"), query.integer(3),
                           query.optionalText(4).value_or("")});
    return domains;
}

std::vector<Section> readSections(Connection& db) {
    Statement query(db, "SELECT id, name, grade FROM sections ORDER BY id");
    std::vector<Section> sections;
    while (query.step())
        sections.push_back({query.text(0), query.text(1), query.integer(2)});
    return sections;
}

std::vector<Learner> readLearners(Connection& db) {
    Statement query(db, "SELECT id, given_name, family_name, grade, section_id, "
                        "consent_name_public FROM learners ORDER BY id");
    std::vector<Learner> learners;
    while (query.step())
        learners.push_back({query.text(0), query.text(1), query.text(2), query.integer(3),
                            query.text(4), query.integer(5) != 0});
    return learners;
}

std::vector<Evidence> readEvidence(Connection& db) {
    Statement query(db, "SELECT learner_id, competency_id, level, date FROM evidence "
                        "ORDER BY date, learner_id, competency_id, id");
    std::vector<Evidence> evidence;
    while (query.step())
        evidence.push_back({query.text(0), query.text(1), query.integer(2),
                            codec::decodeDate(query.text(3), "evidence.date")});
    return evidence;
}

} // namespace

namespace store {

Celebration readCelebration(const Statement& query) {
    Celebration c;
    c.id = query.text(0);
    c.kind = query.text(1);
    c.text = codec::decodeText(query.text(2), "celebrations.text");
    c.learnerId = query.optionalText(3);
    c.sectionId = query.optionalText(4);
    c.grade = query.optionalInt(5);
    c.habitId = query.optionalText(6);
    c.status = codec::decodeStatus(query.text(7), "celebrations.status");
    c.showFrom = codec::decodeOptionalDate(query.optionalText(8), "celebrations.show_from");
    c.showUntil = codec::decodeOptionalDate(query.optionalText(9), "celebrations.show_until");
    c.createdAt = codec::decodeInstant(query.int64(10));
    c.targets = codec::decodeList(query.text(11), "celebrations.targets");
    c.submittedBy = query.text(12);
    c.anonymousAs = query.text(13);
    return c;
}

std::vector<Celebration> readCelebrations(Connection& db) {
    Statement query(db, "SELECT id, kind, text, learner_id, section_id, grade, habit_id, status, "
                        "show_from, show_until, created_at, targets, submitted_by, anonymous_as "
                        "FROM celebrations ORDER BY id");
    std::vector<Celebration> celebrations;
    while (query.step())
        celebrations.push_back(readCelebration(query));
    return celebrations;
}

std::vector<Competency> readCompetencies(sqlite::Connection& db) {
    Statement query(db, "SELECT id, domain_id, code, title, meaning, sort_order, framework_id, "
                        "ratings, mastery_points, calculation_method, calculation_int "
                        "FROM competencies ORDER BY sort_order, id");
    std::vector<Competency> competencies;
    while (query.step()) {
        Competency c;
        c.id = query.text(0);
        c.domainId = query.text(1);
        c.code = query.text(2);
        c.title = codec::decodeText(query.text(3), "competencies.title");
        c.meaning = codec::decodeText(query.text(4), "competencies.meaning");
        c.sortOrder = query.integer(5);
        c.frameworkId = query.optionalText(6).value_or("");
        c.ratings = codec::decodeRatings(query.text(7), "competencies.ratings");
        if (!query.isNull(8)) c.masteryPoints = query.real(8);
        c.calculationMethod = query.text(9);
        if (!query.isNull(10)) c.calculationInt = query.real(10);
        competencies.push_back(std::move(c));
    }
    return competencies;
}

std::vector<MasteryLevel> readLevels(sqlite::Connection& db) {
    Statement query(db, "SELECT rank, label, color FROM mastery_levels ORDER BY rank");
    std::vector<MasteryLevel> levels;
    while (query.step())
        levels.push_back({query.integer(0),
                          codec::decodeText(query.text(1), "mastery_levels.label"), query.text(2)});
    return levels;
}

} // namespace store

SchoolContent Store::loadContent(WithEvidence evidence) const {
    sqlite::Transaction transaction(m_connection);
    SchoolContent content;
    content.school = readSchool(m_connection, content.scale);
    content.rooms = readRooms(m_connection);
    content.displays = readDisplays(m_connection);
    content.habits = readHabits(m_connection);
    content.frameworks = store::readFrameworks(m_connection);
    content.domains = readDomains(m_connection);
    content.competencies = store::readCompetencies(m_connection);
    content.learningTargets = store::readLearningTargets(m_connection);
    content.frameworkRefs = store::readFrameworkRefs(m_connection);
    content.scale.levels = store::readLevels(m_connection);
    content.sections = readSections(m_connection);
    content.learners = readLearners(m_connection);
    content.enrollments = store::readEnrollments(m_connection);
    content.countedMembers = store::readCountedMembers(m_connection);
    if (evidence == WithEvidence::Yes) {
        content.evidence = readEvidence(m_connection);
        content.departedEvidence = store::readDepartedEvidence(m_connection);
    }
    content.celebrations = store::readCelebrations(m_connection);
    content.groups = store::readGroups(m_connection);
    content.playlists = store::readPlaylists(m_connection);
    content.rules = store::readRules(m_connection);
    content.announcements = store::readAnnouncements(m_connection);
    content.quotes = store::readQuotes(m_connection);
    transaction.commit();
    return content;
}

Store::SchoolSettings Store::loadSchoolSettings() const {
    sqlite::Transaction transaction(m_connection);
    SchoolSettings settings;
    settings.school = readSchool(m_connection, settings.scale);
    settings.scale.levels = store::readLevels(m_connection);
    transaction.commit();
    return settings;
}

std::vector<Room> Store::rooms() const {
    return readRooms(m_connection);
}

} // namespace lantern
