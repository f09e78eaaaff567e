// Store: replacing the whole content (replaceContent). The schedule and notices are written by
// Store_Schedule.cpp and Store_Notices.cpp.
#include "core/model/ScheduleNames.hpp"
#include "core/progress/Mastery.hpp"
#include "store/Codec.hpp"
#include "store/Store.hpp"
#include "store/StoreDetail.hpp"

namespace lantern {
namespace {

using sqlite::Connection;
using sqlite::Statement;

// What a content file carries (school settings, rooms, displays, groups, playlists, rules,
// habits, quotes, announcements, celebrations), children before parents so foreign keys hold at
// every step.
void clearContentFileParts(Connection& db) {
    db.exec("DELETE FROM celebrations; DELETE FROM quotes; DELETE FROM group_rooms;"
            "DELETE FROM room_groups; DELETE FROM displays; DELETE FROM rooms;"
            "DELETE FROM habit_indicators; DELETE FROM habits; DELETE FROM school;"
            "DELETE FROM rules; DELETE FROM playlist_items; DELETE FROM playlists;"
            "DELETE FROM announcements;");
}

// What the roster, framework and evidence imports own.
void clearImportedParts(Connection& db) {
    db.exec("DELETE FROM evidence; DELETE FROM enrollments; DELETE FROM learners;"
            "DELETE FROM sections; DELETE FROM framework_refs; DELETE FROM learning_targets;"
            "DELETE FROM competencies; DELETE FROM domains; DELETE FROM frameworks;"
            "DELETE FROM mastery_levels; DELETE FROM oneroster_records;");
}

std::optional<std::string> nullIfEmpty(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return text;
}

void writeSchool(Connection& db, const School& school, const MasteryScale& scale) {
    Statement insert(db, "INSERT INTO school (id, name, time_zone, languages, mission, "
                         "mastered_rank, default_playlist_id, mastery_method, decay_weight, "
                         "times_needed, term_start) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(school.name, school.timeZone, codec::encodeList(school.languages),
                   codec::encodeText(school.mission), scale.masteredRank,
                   nullIfEmpty(school.defaultPlaylistId), masteryMethodName(scale.method),
                   scale.decayWeight, scale.timesNeeded,
                   codec::encodeOptionalDate(school.termStart));
    insert.run();
}

void writeLevels(Connection& db, const std::vector<MasteryLevel>& levels) {
    Statement insert(db, "INSERT INTO mastery_levels (rank, label, color) VALUES (?, ?, ?)");
    for (const auto& level : levels) {
        insert.bindAll(level.rank, codec::encodeText(level.label), level.color);
        insert.run();
    }
}

void writeHabits(Connection& db, const std::vector<Habit>& habits) {
    Statement insert(db, "INSERT INTO habits (id, name, meaning, color, sort_order, icon) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    Statement indicator(db, "INSERT INTO habit_indicators (habit_id, position, kind, text) "
                            "VALUES (?, ?, ?, ?)");
    for (const auto& habit : habits) {
        insert.bindAll(habit.id, codec::encodeText(habit.name), codec::encodeText(habit.meaning),
                       habit.color, habit.sortOrder, habit.icon);
        insert.run();
        int position = 0;
        for (const auto& text : habit.indicators)
            indicator.bindAll(habit.id, position++, "looks", codec::encodeText(text)).run();
        for (const auto& text : habit.soundsLike)
            indicator.bindAll(habit.id, position++, "sounds", codec::encodeText(text)).run();
    }
}

void writeDomains(Connection& db, const std::vector<Domain>& domains) {
    Statement insert(db, "INSERT INTO domains (id, code, title, sort_order, framework_id) "
                         "VALUES (?, ?, ?, ?, ?)");
    for (const auto& domain : domains) {
        insert.bindAll(domain.id, domain.code, codec::encodeText(domain.title), domain.sortOrder,
                       nullIfEmpty(domain.frameworkId));
        insert.run();
    }
}

void writeCompetencies(Connection& db, const std::vector<Competency>& competencies) {
    Statement insert(db, "INSERT INTO competencies (id, domain_id, code, title, meaning, "
                         "sort_order, framework_id, ratings, mastery_points, calculation_method, "
                         "calculation_int) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& c : competencies) {
        insert.bindAll(c.id, c.domainId, c.code, codec::encodeText(c.title),
                       codec::encodeText(c.meaning), c.sortOrder, nullIfEmpty(c.frameworkId),
                       codec::encodeRatings(c.ratings), c.masteryPoints, c.calculationMethod,
                       c.calculationInt);
        insert.run();
    }
}

void writeSections(Connection& db, const std::vector<Section>& sections) {
    Statement insert(db, "INSERT INTO sections (id, name, grade) VALUES (?, ?, ?)");
    for (const auto& section : sections) {
        insert.bindAll(section.id, section.name, section.grade);
        insert.run();
    }
}

void writeLearners(Connection& db, const std::vector<Learner>& learners) {
    Statement insert(db, "INSERT INTO learners (id, given_name, family_name, grade, section_id, "
                         "consent_name_public) VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& l : learners) {
        insert.bindAll(l.id, l.givenName, l.familyName, l.grade, l.sectionId, l.consentNamePublic);
        insert.run();
    }
}

void writeEvidence(Connection& db, const std::vector<Evidence>& evidence) {
    Statement insert(db, "INSERT INTO evidence (learner_id, competency_id, level, date) "
                         "VALUES (?, ?, ?, ?)");
    for (const auto& e : evidence) {
        insert.bindAll(e.learnerId, e.competencyId, e.level, codec::encodeDate(e.date));
        insert.run();
    }
}

void writeRooms(Connection& db, const std::vector<Room>& rooms) {
    Statement insert(db, "INSERT INTO rooms (id, name, kind, section_id, grade, languages, "
                         "viewing_distance_m, power_hours, dark_mode) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& room : rooms) {
        insert.bindAll(room.id, room.name, room.kind, room.sectionId, room.grade,
                       codec::encodeList(room.languages), room.viewingDistanceM,
                       codec::encodePowerHours(room.powerHours), darkModeName(room.darkMode));
        insert.run();
    }
}

void writeDisplays(Connection& db, const std::vector<Display>& displays) {
    Statement insert(db, "INSERT INTO displays (id, room_id, name, orientation, width, height) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& d : displays) {
        insert.bindAll(d.id, d.roomId, d.name, orientationName(d.orientation), d.width, d.height);
        insert.run();
    }
}

} // namespace

void Store::replaceContent(const SchoolContent& content, ContentScope scope) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    try {
        const bool everything = scope == ContentScope::Everything;
        if (everything) store::keepDepartedEvidence(m_connection, content.learners);
        clearContentFileParts(m_connection);
        if (everything) clearImportedParts(m_connection);
        store::writePlaylists(m_connection, content.playlists);
        writeSchool(m_connection, content.school, content.scale);
        writeHabits(m_connection, content.habits);
        if (everything) {
            store::writeFrameworks(m_connection, content.frameworks);
            writeLevels(m_connection, content.scale.levels);
            writeDomains(m_connection, content.domains);
            writeCompetencies(m_connection, content.competencies);
            store::writeLearningTargets(m_connection, content.learningTargets);
            store::writeFrameworkRefs(m_connection, content.frameworkRefs);
            writeSections(m_connection, content.sections);
            writeLearners(m_connection, content.learners);
            store::writeEnrollments(m_connection, content.enrollments);
            writeEvidence(m_connection, content.evidence);
        }
        writeRooms(m_connection, content.rooms);
        writeDisplays(m_connection, content.displays);
        store::writeGroups(m_connection, content.groups);
        store::writeCelebrations(m_connection, content.celebrations);
        store::writeRules(m_connection, content.rules);
        store::writeAnnouncements(m_connection, content.announcements);
        store::writeQuotes(m_connection, content.quotes);
        if (everything) (void)store::advanceMembership(m_connection);
        // Either scope may remove competencies or learners, and their evidence with them.
        m_connection.exec("UPDATE meta SET content_version = content_version + 1, "
                          "evidence_epoch = evidence_epoch + 1");
    } catch (const StoreError& error) {
        throw StoreError("cannot save the school's content to '" + m_path.string() +
                         "': " + error.what());
    }
    transaction.commit();
}

} // namespace lantern
