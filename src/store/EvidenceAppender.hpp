#pragma once
// Appends generated evidence in bulk, in one transaction, without an importer's checks: for
// lantern-bench's district and for tests that need millions of rows quickly. The rows must refer
// to learners, competencies and sections the database has (SQLite's constraints throw a
// StoreError otherwise) and their (source, key) must be new. Nothing is visible to others before
// commit(), which also tells players the content changed; an appender destroyed uncommitted
// rolls back. Appending never bumps the evidence epoch: a player reads just the new rows. The
// store is the appender's until then: reading through it meanwhile throws a StoreError.
#include "core/model/Time.hpp"
#include "store/Store.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace lantern {

class EvidenceAppender {
public:
    // `source` names where the rows come from (evidence.source), e.g. "district".
    EvidenceAppender(Store& store, std::string source);
    ~EvidenceAppender();
    EvidenceAppender(const EvidenceAppender&) = delete;
    EvidenceAppender& operator=(const EvidenceAppender&) = delete;

    // `sourceKey` tells rows of one source apart (e.g. the row number).
    void add(const std::string& learnerId, const std::string& competencyId, int level, Days date,
             const std::string& sectionId, std::int64_t sourceKey);
    void commit();

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
};

} // namespace lantern
