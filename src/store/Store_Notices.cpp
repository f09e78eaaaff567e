// Store: announcements and student-voice quotes.
#include "store/Codec.hpp"
#include "store/StoreDetail.hpp"

namespace lantern::store {
namespace {

using sqlite::Connection;
using sqlite::Statement;

Announcement readAnnouncement(const Statement& query) {
    Announcement a;
    a.id = query.text(0);
    a.title = codec::decodeText(query.text(1), "announcements.title");
    a.text = codec::decodeText(query.text(2), "announcements.text");
    a.eventDate = codec::decodeOptionalDate(query.optionalText(3), "announcements.event_date");
    a.countdown = query.integer(4) != 0;
    a.showFrom = codec::decodeOptionalDate(query.optionalText(5), "announcements.show_from");
    a.showUntil = codec::decodeOptionalDate(query.optionalText(6), "announcements.show_until");
    a.targets = codec::decodeList(query.text(7), "announcements.targets");
    return a;
}

} // namespace

std::vector<Announcement> readAnnouncements(Connection& db) {
    Statement query(db, "SELECT id, title, text, event_date, countdown, show_from, show_until, "
                        "targets FROM announcements ORDER BY id");
    std::vector<Announcement> announcements;
    while (query.step())
        announcements.push_back(readAnnouncement(query));
    return announcements;
}

std::vector<Quote> readQuotes(Connection& db) {
    Statement query(db, "SELECT id, text, learner_id, grade, approved FROM quotes ORDER BY id");
    std::vector<Quote> quotes;
    while (query.step())
        quotes.push_back({query.text(0), codec::decodeText(query.text(1), "quotes.text"),
                          query.optionalText(2), query.optionalInt(3), query.integer(4) != 0});
    return quotes;
}

void writeAnnouncements(Connection& db, const std::vector<Announcement>& announcements) {
    Statement insert(db, "INSERT INTO announcements (id, title, text, event_date, countdown, "
                         "show_from, show_until, targets) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& a : announcements) {
        insert.bindAll(a.id, codec::encodeText(a.title), codec::encodeText(a.text),
                       codec::encodeOptionalDate(a.eventDate), a.countdown,
                       codec::encodeOptionalDate(a.showFrom),
                       codec::encodeOptionalDate(a.showUntil), codec::encodeList(a.targets));
        insert.run();
    }
}

void writeQuotes(Connection& db, const std::vector<Quote>& quotes) {
    Statement insert(db, "INSERT INTO quotes (id, text, learner_id, grade, approved) "
                         "VALUES (?, ?, ?, ?, ?)");
    for (const auto& q : quotes) {
        insert.bindAll(q.id, codec::encodeText(q.text), q.learnerId, q.grade, q.approved);
        insert.run();
    }
}

} // namespace lantern::store
