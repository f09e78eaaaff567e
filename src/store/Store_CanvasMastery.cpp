// Evidence import: Canvas's Learning Mastery Gradebook export (EvidenceImport.hpp).
#include "core/interop/CanvasMastery.hpp"
#include "core/model/LocalTime.hpp"
#include "core/progress/ScoreLevel.hpp"
#include "store/Codec.hpp"
#include "store/EvidenceImport.hpp"
#include "store/EvidenceImportDetail.hpp"
#include "store/ImportSession.hpp"

#include <sstream>

namespace lantern {
namespace {

using store::evidence::Targets;

// Competencies imported from Canvas outcomes, once per translation of their title, with their
// domain's title (the group path) in the same language when it has one.
std::vector<CanvasOutcomeCandidate> canvasCandidates(sqlite::Connection& db) {
    sqlite::Statement query(db, "SELECT c.id, c.title, d.title FROM competencies c "
                                "LEFT JOIN domains d ON d.id = c.domain_id "
                                "WHERE c.id LIKE 'canvas:%' ORDER BY c.id");
    std::vector<CanvasOutcomeCandidate> out;
    while (query.step()) {
        const auto title = codec::decodeText(query.text(1), "competencies.title");
        const auto group =
            query.isNull(2) ? LangText{} : codec::decodeText(query.text(2), "domains.title");
        for (const auto& [lang, text] : title) {
            const auto own = group.find(lang);
            const auto path = own != group.end() ? own->second
                              : group.empty()    ? std::string()
                                                 : group.begin()->second;
            out.push_back({query.text(0), text, path});
        }
    }
    return out;
}

std::string numberText(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

class CanvasImport {
public:
    CanvasImport(ImportSession& session, CanvasMasteryReader& reader, std::string sectionId,
                 Days asOf)
        : m_reader(reader), m_targets(store::evidence::loadTargets(session.db())),
          m_writer(session.db(), session.report(), "canvas-mastery"),
          m_sectionId(std::move(sectionId)), m_date(formatDate(asOf)) {
        if (!m_targets.sections.contains(m_sectionId))
            throw ImportError(reader.fileName(), 0, "--section",
                              "no section has the id '" + m_sectionId + "'");
        const auto ids = matchOutcomeColumns(reader.outcomes(), canvasCandidates(session.db()),
                                             reader.fileName());
        for (const auto& id : ids)
            m_competencies.push_back(&m_targets.competencies[m_targets.byId.at(id)]);
    }

    void row() {
        const auto& [learnerId, ownSection] = learner();
        const auto& outcomes = m_reader.outcomes();
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            cell(learnerId, outcomes[i], *m_competencies[i]);
        if (ownSection != m_sectionId) m_writer.enroll(learnerId, m_sectionId);
    }

private:
    // By Student SIS ID when the file has one that is known, else by Student ID.
    const std::pair<const std::string, std::string>& learner() const {
        const auto& roster = m_targets.learnerSection;
        const auto sis = m_reader.sisId();
        if (!sis.empty())
            if (auto found = roster.find(sis); found != roster.end()) return *found;
        const auto id = m_reader.studentId();
        if (auto found = roster.find(id); !id.empty() && found != roster.end()) return *found;
        m_reader.failRow("no learner has the SIS ID '" + std::string(sis) + "' or the id '" +
                         std::string(id) + "' (import the roster first)");
    }

    void cell(const std::string& learnerId, const CanvasOutcomeColumn& outcome,
              const Competency& competency) {
        const auto score = m_reader.result(outcome);
        if (!score) return; // not assessed
        m_scratch = competency;
        if (const auto points = m_reader.masteryPoints(outcome)) m_scratch.masteryPoints = points;
        const auto level = levelForScore(*score, m_scratch, m_targets.scale);
        if (!level)
            m_reader.fail(outcome.result, "the score " + numberText(*score) +
                                              " has no level on the school's scale (the "
                                              "competency has no ratings)");
        m_key.assign(learnerId).append(1, '|').append(competency.id).append(1, '|');
        m_key.append(m_date);
        if (!m_writer.write({learnerId, competency.id, m_sectionId, m_date, *level, score, m_key}))
            m_reader.fail(outcome.result, "repeats an earlier row's learner and outcome");
    }

    CanvasMasteryReader& m_reader;
    Targets m_targets;
    store::evidence::Writer m_writer;
    std::string m_sectionId;
    std::string m_date;
    std::vector<const Competency*> m_competencies; // by outcome column
    Competency m_scratch;
    std::string m_key;
};

} // namespace

ImportReport importCanvasMastery(Store& store, std::istream& in, const std::string& fileName,
                                 const std::string& sectionId, Days asOf,
                                 const EvidenceImportOptions& options) {
    ImportSession session(store, options.dryRun);
    CanvasMasteryReader reader(in, fileName);
    CanvasImport import(session, reader, sectionId, asOf);
    long rows = 0;
    while (reader.next()) {
        import.row();
        if (options.onProgress && ++rows % options.progressEvery == 0) options.onProgress(rows);
    }
    for (const auto& column : reader.ignoredColumns())
        session.report().warnings.push_back(fileName + ": column '" + column +
                                            "' is not a Canvas outcome column; ignored");
    return session.finish();
}

} // namespace lantern
