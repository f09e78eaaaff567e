// Store: the school's mastery rule (method, its parameters, the mastered rank) and term start.
#include "core/progress/Mastery.hpp"
#include "store/Codec.hpp"
#include "store/Store.hpp"

namespace lantern {

void Store::setMasteryRule(const MasteryScale& rule, const std::optional<Days>& termStart) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    sqlite::Statement update(m_connection,
                             "UPDATE school SET mastery_method = ?, decay_weight = ?, "
                             "times_needed = ?, mastered_rank = ?, term_start = ? WHERE id = 1");
    update.bindAll(masteryMethodName(rule.method), rule.decayWeight, rule.timesNeeded,
                   rule.masteredRank, codec::encodeOptionalDate(termStart));
    update.run();
    if (m_connection.changes() == 0)
        throw StoreError("'" + m_path.string() +
                         "' has no school yet: run `lantern demo` or `lantern import content`");
    m_connection.exec("UPDATE meta SET content_version = content_version + 1");
    transaction.commit();
}

} // namespace lantern
