// importFramework: [1] texts merged with the stored translations, [2] upserts in foreign-key
// order, [3] removal of what the file no longer has, [4] the suggested mastery scale.
#include "store/Codec.hpp"
#include "store/FrameworkImport.hpp"
#include "store/ImportSession.hpp"

#include <set>
#include <tuple>

namespace lantern {
namespace {

using sqlite::Statement;

// [1] ------------------------------------------------------------------------------------------

// The stored text with the file's language replaced by `incoming`.
LangText merged(const LangText& stored, const LangText& incoming, const std::string& lang) {
    LangText out = stored;
    out.erase(lang);
    for (const auto& [l, text] : incoming)
        if (!text.empty()) out[l] = text;
    return out;
}

// Looks up the stored texts of one table's rows by id (columns given in the SELECT).
class StoredTexts {
public:
    StoredTexts(sqlite::Connection& db, const std::string& sql, std::string table)
        : m_query(db, sql), m_table(std::move(table)) {}

    std::string merge(const std::string& id, int column, const LangText& incoming,
                      const std::string& lang) {
        m_query.bindAll(id);
        LangText stored;
        if (m_query.step()) stored = codec::decodeText(m_query.text(column), m_table);
        m_query.reset();
        return codec::encodeText(merged(stored, incoming, lang));
    }

private:
    Statement m_query;
    std::string m_table;
};

class FrameworkWriter {
public:
    FrameworkWriter(ImportSession& session, const FrameworkImportData& data)
        : m_session(session), m_db(session.db()), m_data(data), m_counts(session.report().counts) {}

    void write() {
        auto& warnings = m_session.report().warnings;
        warnings.insert(warnings.end(), m_data.warnings.begin(), m_data.warnings.end());
        writeFramework();
        writeDomains();
        writeCompetencies();
        writeTargets();
        writeRefs();
        removeStale();
        adoptScale();
    }

private:
    const std::string& lang() const { return m_data.language; }
    const std::string& frameworkId() const { return m_data.framework.id; }
    void warn(const std::string& message) {
        m_session.report().warnings.push_back(m_data.fileName + ": " + message);
    }

    // [2] --------------------------------------------------------------------------------------
    void writeFramework() {
        const auto& f = m_data.framework;
        StoredTexts stored(m_db, "SELECT title FROM frameworks WHERE id = ?", "frameworks.title");
        Upsert upsert(m_db, "frameworks", {"id"}, {"source", "title", "uri", "version"});
        upsert.row(m_counts["frameworks"], f.id, f.source, stored.merge(f.id, 0, f.title, lang()),
                   f.uri, f.version);
    }

    void writeDomains() {
        StoredTexts stored(m_db, "SELECT title FROM domains WHERE id = ?", "domains.title");
        Upsert upsert(m_db, "domains", {"id"}, {"code", "title", "sort_order", "framework_id"});
        for (const auto& d : m_data.domains) {
            upsert.row(m_counts["domains"], d.id, d.code, stored.merge(d.id, 0, d.title, lang()),
                       d.sortOrder, frameworkId());
            m_domainIds.insert(d.id);
        }
    }

    void writeCompetencies() {
        StoredTexts stored(m_db, "SELECT title, meaning FROM competencies WHERE id = ?",
                           "competencies.title");
        Upsert upsert(m_db, "competencies", {"id"},
                      {"domain_id", "code", "title", "meaning", "sort_order", "framework_id",
                       "ratings", "mastery_points", "calculation_method", "calculation_int"});
        for (const auto& c : m_data.competencies) {
            upsert.row(m_counts["competencies"], c.id, c.domainId, c.code,
                       stored.merge(c.id, 0, c.title, lang()),
                       stored.merge(c.id, 1, c.meaning, lang()), c.sortOrder, frameworkId(),
                       codec::encodeRatings(c.ratings), c.masteryPoints, c.calculationMethod,
                       c.calculationInt);
            m_competencyIds.insert(c.id);
        }
    }

    void writeTargets() {
        StoredTexts stored(m_db, "SELECT title FROM learning_targets WHERE id = ?",
                           "learning_targets.title");
        Upsert upsert(m_db, "learning_targets", {"id"},
                      {"competency_id", "code", "title", "sort_order"});
        for (const auto& t : m_data.learningTargets) {
            upsert.row(m_counts["learning targets"], t.id, t.competencyId, t.code,
                       stored.merge(t.id, 0, t.title, lang()), t.sortOrder);
            m_targetIds.insert(t.id);
        }
    }

    void writeRefs() {
        Upsert upsert(m_db, "framework_refs", {"item_id", "relation", "target_uri"},
                      {"target_title"});
        for (const auto& r : m_data.refs) {
            upsert.row(m_counts["outside references"], r.itemId, r.relation, r.targetUri,
                       r.targetTitle);
            m_refKeys.emplace(r.itemId, r.relation, r.targetUri);
        }
    }

    // [3] --------------------------------------------------------------------------------------
    std::vector<std::string> ids(const char* sql) {
        Statement query(m_db, sql);
        query.bindAll(frameworkId());
        std::vector<std::string> out;
        while (query.step())
            out.push_back(query.text(0));
        return out;
    }

    void removeStale() {
        removeStaleRefs();
        removeStaleTargets();
        removeStaleCompetencies();
        removeStaleDomains();
    }

    void removeStaleRefs() {
        Statement query(m_db, "SELECT item_id, relation, target_uri FROM framework_refs WHERE "
                              "item_id IN (SELECT id FROM domains WHERE framework_id = ?1 UNION "
                              "SELECT id FROM competencies WHERE framework_id = ?1 UNION "
                              "SELECT t.id FROM learning_targets t JOIN competencies c ON "
                              "c.id = t.competency_id WHERE c.framework_id = ?1)");
        query.bindAll(frameworkId());
        std::vector<std::tuple<std::string, std::string, std::string>> stale;
        while (query.step()) {
            std::tuple key{query.text(0), query.text(1), query.text(2)};
            if (!m_refKeys.count(key)) stale.push_back(std::move(key));
        }
        Statement remove(m_db, "DELETE FROM framework_refs WHERE item_id = ? AND relation = ? "
                               "AND target_uri = ?");
        for (const auto& [item, relation, uri] : stale) {
            remove.bindAll(item, relation, uri).run();
            m_counts["outside references"].removed++;
        }
    }

    void removeStaleTargets() {
        Statement remove(m_db, "DELETE FROM learning_targets WHERE id = ?");
        for (const auto& id : ids("SELECT t.id FROM learning_targets t JOIN competencies c ON "
                                  "c.id = t.competency_id WHERE c.framework_id = ?"))
            if (!m_targetIds.count(id)) {
                remove.bindAll(id).run();
                m_counts["learning targets"].removed++;
            }
    }

    void removeStaleCompetencies() {
        Statement evidence(m_db, "SELECT count(*) FROM evidence WHERE competency_id = ?");
        Statement remove(m_db, "DELETE FROM competencies WHERE id = ?");
        for (const auto& id : ids("SELECT id FROM competencies WHERE framework_id = ?")) {
            if (m_competencyIds.count(id)) continue;
            evidence.bindAll(id);
            const bool used = evidence.step() && evidence.int64(0) > 0;
            evidence.reset();
            if (used) {
                warn("competency " + id +
                     " is no longer in the file but evidence refers to it: "
                     "kept");
                continue;
            }
            remove.bindAll(id).run();
            m_counts["competencies"].removed++;
        }
    }

    void removeStaleDomains() {
        Statement holds(m_db, "SELECT count(*) FROM competencies WHERE domain_id = ?");
        Statement remove(m_db, "DELETE FROM domains WHERE id = ?");
        for (const auto& id : ids("SELECT id FROM domains WHERE framework_id = ?")) {
            if (m_domainIds.count(id)) continue;
            holds.bindAll(id);
            const bool used = holds.step() && holds.int64(0) > 0;
            holds.reset();
            if (used) {
                warn("domain " + id +
                     " is no longer in the file but still holds competencies: "
                     "kept");
                continue;
            }
            remove.bindAll(id).run();
            m_counts["domains"].removed++;
        }
    }

    // [4] --------------------------------------------------------------------------------------
    void adoptScale() {
        if (!m_data.suggestedScale || m_db.queryInt("SELECT count(*) FROM mastery_levels") > 0)
            return;
        const auto& scale = *m_data.suggestedScale;
        Statement insert(m_db, "INSERT INTO mastery_levels (rank, label, color) VALUES (?, ?, ?)");
        for (const auto& level : scale.levels) {
            insert.bindAll(level.rank, codec::encodeText(level.label), level.color).run();
            m_counts["mastery levels"].added++;
        }
        Statement mastered(m_db, "UPDATE school SET mastered_rank = ?");
        mastered.bindAll(scale.masteredRank).run();
        const auto& label = scale.levels[static_cast<std::size_t>(scale.masteredRank - 1)].label;
        warn("the school had no mastery scale: made one of " + std::to_string(scale.levels.size()) +
             " levels from the ratings, mastered from '" +
             (label.empty() ? std::string{} : label.begin()->second) + "'");
    }

    ImportSession& m_session;
    sqlite::Connection& m_db;
    const FrameworkImportData& m_data;
    std::map<std::string, ImportCounts>& m_counts;
    std::set<std::string> m_domainIds, m_competencyIds, m_targetIds;
    std::set<std::tuple<std::string, std::string, std::string>> m_refKeys;
};

} // namespace

ImportReport importFramework(Store& store, const FrameworkImportData& data, bool dryRun) {
    ImportSession session(store, dryRun);
    FrameworkWriter(session, data).write();
    return session.finish();
}

} // namespace lantern
