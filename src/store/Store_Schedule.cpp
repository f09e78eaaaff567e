// Store: the schedule tables (room groups, playlists and their items, rules).
#include "core/model/ScheduleNames.hpp"
#include "store/Codec.hpp"
#include "store/StoreDetail.hpp"

#include <map>

namespace lantern::store {
namespace {

using sqlite::Connection;
using sqlite::Statement;

std::map<std::string, std::vector<std::string>> readGroupRooms(Connection& db) {
    Statement query(db, "SELECT group_id, room_id FROM group_rooms ORDER BY group_id, room_id");
    std::map<std::string, std::vector<std::string>> byGroup;
    while (query.step())
        byGroup[query.text(0)].push_back(query.text(1));
    return byGroup;
}

PlaylistItem readItem(const Statement& query) {
    PlaylistItem item;
    item.source = codec::decodeItemSource(query.text(1), "playlist_items.source");
    item.param = query.text(2);
    if (const auto millis = query.optionalInt64(3))
        item.duration = std::chrono::milliseconds{*millis};
    return item;
}

std::map<std::string, std::vector<PlaylistItem>> readItems(Connection& db) {
    Statement query(db, "SELECT playlist_id, source, param, duration_ms FROM playlist_items "
                        "ORDER BY playlist_id, position");
    std::map<std::string, std::vector<PlaylistItem>> byPlaylist;
    while (query.step())
        byPlaylist[query.text(0)].push_back(readItem(query));
    return byPlaylist;
}

std::optional<TimeWindow> readWindow(const Statement& query, int column) {
    if (query.isNull(column)) return std::nullopt;
    return TimeWindow{query.integer(column), query.integer(column + 1)};
}

ScheduleRule readRule(const Statement& query) {
    ScheduleRule rule;
    rule.id = query.text(0);
    rule.playlistId = query.text(1);
    rule.target = codec::decodeTargetKind(query.text(2), "rules.target_kind");
    rule.targetId = query.text(3);
    rule.days = codec::decodeWeekdays(query.int64(4), "rules.days");
    rule.window = readWindow(query, 5);
    rule.from = codec::decodeOptionalDate(query.optionalText(7), "rules.date_from");
    rule.until = codec::decodeOptionalDate(query.optionalText(8), "rules.date_until");
    rule.priority = query.integer(9);
    rule.createdAt = codec::decodeInstant(query.int64(10));
    return rule;
}

std::optional<std::int64_t> durationMillis(const PlaylistItem& item) {
    if (!item.duration) return std::nullopt;
    return item.duration->count();
}

} // namespace

std::vector<RoomGroup> readGroups(Connection& db) {
    auto rooms = readGroupRooms(db);
    Statement query(db, "SELECT id, name FROM room_groups ORDER BY id");
    std::vector<RoomGroup> groups;
    while (query.step()) {
        RoomGroup group{query.text(0), query.text(1), {}};
        group.roomIds = std::move(rooms[group.id]);
        groups.push_back(std::move(group));
    }
    return groups;
}

std::vector<Playlist> readPlaylists(Connection& db) {
    auto items = readItems(db);
    Statement query(db, "SELECT id, name FROM playlists ORDER BY id");
    std::vector<Playlist> playlists;
    while (query.step()) {
        Playlist playlist{query.text(0), query.text(1), {}};
        playlist.items = std::move(items[playlist.id]);
        playlists.push_back(std::move(playlist));
    }
    return playlists;
}

std::vector<ScheduleRule> readRules(Connection& db) {
    Statement query(db, "SELECT id, playlist_id, target_kind, target_id, days, window_start, "
                        "window_end, date_from, date_until, priority, created_at FROM rules "
                        "ORDER BY id");
    std::vector<ScheduleRule> rules;
    while (query.step())
        rules.push_back(readRule(query));
    return rules;
}

void writeGroups(Connection& db, const std::vector<RoomGroup>& groups) {
    Statement insert(db, "INSERT INTO room_groups (id, name) VALUES (?, ?)");
    Statement member(db, "INSERT INTO group_rooms (group_id, room_id) VALUES (?, ?)");
    for (const auto& group : groups) {
        insert.bindAll(group.id, group.name);
        insert.run();
        for (const auto& roomId : group.roomIds) {
            member.bindAll(group.id, roomId);
            member.run();
        }
    }
}

void writePlaylists(Connection& db, const std::vector<Playlist>& playlists) {
    Statement insert(db, "INSERT INTO playlists (id, name) VALUES (?, ?)");
    Statement item(db, "INSERT INTO playlist_items (playlist_id, position, source, param, "
                       "duration_ms) VALUES (?, ?, ?, ?, ?)");
    for (const auto& playlist : playlists) {
        insert.bindAll(playlist.id, playlist.name);
        insert.run();
        for (std::size_t i = 0; i < playlist.items.size(); ++i) {
            const auto& entry = playlist.items[i];
            item.bindAll(playlist.id, static_cast<int>(i), itemSourceName(entry.source),
                         entry.param, durationMillis(entry));
            item.run();
        }
    }
}

void writeRules(Connection& db, const std::vector<ScheduleRule>& rules) {
    Statement insert(db, "INSERT INTO rules (id, playlist_id, target_kind, target_id, days, "
                         "window_start, window_end, date_from, date_until, priority, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& r : rules) {
        const auto start = r.window ? std::optional<int>(r.window->startMinute) : std::nullopt;
        const auto end = r.window ? std::optional<int>(r.window->endMinute) : std::nullopt;
        insert.bindAll(r.id, r.playlistId, targetKindName(r.target), r.targetId,
                       static_cast<int>(r.days.bits), start, end, codec::encodeOptionalDate(r.from),
                       codec::encodeOptionalDate(r.until), r.priority,
                       codec::encodeInstant(r.createdAt));
        insert.run();
    }
}

} // namespace lantern::store
