// Store: proof of play (appendPlays, plays).
#include "store/Codec.hpp"
#include "store/Store.hpp"

namespace lantern {

void Store::appendPlays(const std::vector<PlayRecord>& plays) {
    if (plays.empty()) return;
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    try {
        sqlite::Statement insert(m_connection,
                                 "INSERT INTO plays (display_id, room_id, slide_id, slide_kind, "
                                 "start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?)");
        for (const auto& p : plays) {
            insert.bindAll(p.displayId, p.roomId, p.slideId, p.slideKind,
                           codec::encodeInstant(p.start), codec::encodeInstant(p.end));
            insert.run();
        }
    } catch (const StoreError& error) {
        throw StoreError("cannot record plays in '" + m_path.string() + "': " + error.what());
    }
    transaction.commit();
}

std::vector<PlayRecord> Store::plays(Instant from, Instant to, const std::string& roomId) const {
    sqlite::Statement query(m_connection,
                            "SELECT display_id, room_id, slide_id, slide_kind, start_ms, end_ms "
                            "FROM plays WHERE start_ms >= ? AND start_ms < ? "
                            "AND (?3 = '' OR room_id = ?3) ORDER BY start_ms, display_id, id");
    query.bindAll(codec::encodeInstant(from), codec::encodeInstant(to), roomId);
    std::vector<PlayRecord> records;
    while (query.step())
        records.push_back({query.text(0), query.text(1), query.text(2), query.text(3),
                           codec::decodeInstant(query.int64(4)),
                           codec::decodeInstant(query.int64(5))});
    return records;
}

} // namespace lantern
