#include "store/Codec.hpp"
#include "store/EvidenceAppender.hpp"

namespace lantern {

struct EvidenceAppender::Writer {
    sqlite::Connection& db;
    sqlite::Transaction transaction;
    sqlite::Statement insert;
    std::string source;
    explicit Writer(sqlite::Connection& connection, std::string from)
        : db(connection), transaction(connection, sqlite::Transaction::Kind::Immediate),
          insert(connection,
                 "INSERT INTO evidence (learner_id, competency_id, level, date, section_id, "
                 "source, source_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
          source(std::move(from)) {}
};

EvidenceAppender::EvidenceAppender(Store& store, std::string source)
    : m_writer(std::make_unique<Writer>(store.connection(), std::move(source))) {}

EvidenceAppender::~EvidenceAppender() = default;

void EvidenceAppender::add(const std::string& learnerId, const std::string& competencyId, int level,
                           Days date, const std::string& sectionId, std::int64_t sourceKey) {
    m_writer->insert.bindAll(learnerId, competencyId, level, codec::encodeDate(date), sectionId,
                             m_writer->source, sourceKey);
    m_writer->insert.run();
}

void EvidenceAppender::commit() {
    m_writer->db.exec("UPDATE meta SET content_version = content_version + 1");
    m_writer->transaction.commit();
}

} // namespace lantern
