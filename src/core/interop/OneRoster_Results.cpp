// OneRoster: streaming results.csv, joined with resultLearningObjectiveIds.csv (per-objective
// scores, read first and kept by result id), into Scores.
#include "core/interop/OneRosterDetail.hpp"

#include <unordered_map>

namespace lantern::oneroster {
namespace {

using detail::SetFile;

struct ObjectiveScore {
    std::string key;
    std::string objectiveId;
    std::optional<double> score;
    bool deleted = false;
    int line = 0;
};

struct ObjectiveScores {
    std::string fileName;
    std::unordered_map<std::string, std::vector<ObjectiveScore>> byResult;
};

ObjectiveScores readResultObjectives(SetFiles& files, const Roster& roster, ImportReport& report) {
    ObjectiveScores scores;
    auto file = SetFile::open(files, roster.manifest, "resultLearningObjectiveIds", report);
    if (!file) return scores;
    scores.fileName = file->name();
    const auto result = file->require("resultSourcedId");
    const auto objective = file->require("learningObjectiveId");
    const auto score = file->require("score");
    while (file->next()) {
        ObjectiveScore s{
            file->sourcedId(), file->cell(objective), {}, file->deleted(), file->line()};
        s.score = file->number(score);
        if (s.objectiveId.empty()) file->fail(objective, "empty learningObjectiveId");
        scores.byResult[file->cell(result)].push_back(std::move(s));
    }
    return scores;
}

struct ResultColumns {
    std::size_t lineItem, student, score, date;
    std::optional<std::size_t> classId;
    explicit ResultColumns(const SetFile& f)
        : lineItem(f.require("lineItemSourcedId")), student(f.require("studentSourcedId")),
          score(f.require("score")), date(f.require("scoreDate")),
          classId(f.column("classSourcedId")) {}
};

class ResultReader {
public:
    ResultReader(SetFile& file, const Roster& roster, ObjectiveScores& objectives,
                 const std::function<void(const Score&)>& onScore)
        : m_file(file), m_columns(file), m_roster(roster), m_objectives(objectives),
          m_onScore(onScore) {}

    void row() {
        Score s;
        s.key = s.resultId = m_file.sourcedId();
        s.deleted = m_file.deleted();
        const auto objectives = m_objectives.byResult.extract(s.resultId);
        if (s.deleted) return deleted(s, objectives);
        const auto& item = lineItem();
        s.lineItemId = item.id;
        s.learnerId = m_file.cell(m_columns.student);
        if (s.learnerId.empty()) m_file.fail(m_columns.student, "empty studentSourcedId");
        s.classId = m_file.cell(m_columns.classId);
        if (s.classId.empty()) s.classId = item.classId;
        s.score = m_file.number(m_columns.score);
        s.date = m_file.date(m_columns.date);
        if (!objectives.empty()) return perObjective(s, objectives.mapped());
        if (s.score) whole(s, item);
    }

private:
    using Node = decltype(ObjectiveScores::byResult)::node_type;

    const LineItem& lineItem() {
        const auto id = m_file.cell(m_columns.lineItem);
        const auto it = m_roster.lineItems.find(id);
        if (it == m_roster.lineItems.end())
            m_file.fail(m_columns.lineItem, "no line item '" + id + "' in lineItems.csv");
        return it->second;
    }

    void needDate(const Score& s) {
        if (!s.date) m_file.fail(m_columns.date, "a scored result needs a scoreDate");
    }

    void deleted(Score& s, const Node& objectives) {
        m_onScore(s);
        if (objectives.empty()) return;
        for (const auto& o : objectives.mapped()) {
            s.key = o.key;
            m_onScore(s);
        }
    }

    void perObjective(const Score& base, const std::vector<ObjectiveScore>& objectives) {
        for (const auto& o : objectives) {
            if (!o.deleted && !o.score) continue;
            Score s = base;
            s.key = o.key;
            s.objectiveId = o.objectiveId;
            s.score = o.score;
            s.deleted = o.deleted;
            if (!s.deleted) needDate(s);
            m_onScore(s);
        }
    }

    // One Score per objective of the line item; keyed by the result alone when there is one.
    void whole(Score& s, const LineItem& item) {
        needDate(s);
        if (item.objectives.size() <= 1) {
            if (!item.objectives.empty()) s.objectiveId = item.objectives.front();
            return m_onScore(s);
        }
        for (const auto& objective : item.objectives) {
            Score t = s;
            t.key = s.resultId + "|" + objective;
            t.objectiveId = objective;
            m_onScore(t);
        }
    }

    SetFile& m_file;
    ResultColumns m_columns;
    const Roster& m_roster;
    ObjectiveScores& m_objectives;
    const std::function<void(const Score&)>& m_onScore;
};

void refuseOrphans(const ObjectiveScores& objectives) {
    for (const auto& [result, scores] : objectives.byResult)
        throw ImportError(objectives.fileName, scores.front().line, "resultSourcedId",
                          "no result '" + result + "' in results.csv");
}

} // namespace

void readScores(SetFiles& files, const Roster& roster, ImportReport& report,
                const std::function<void(const Score&)>& onScore,
                const std::function<void(long rows)>& onProgress, long progressEvery) {
    auto objectives = readResultObjectives(files, roster, report);
    auto file = SetFile::open(files, roster.manifest, "results", report);
    if (file) {
        ResultReader reader(*file, roster, objectives, onScore);
        long rows = 0;
        while (file->next()) {
            reader.row();
            if (onProgress && progressEvery > 0 && ++rows % progressEvery == 0) onProgress(rows);
        }
    }
    refuseOrphans(objectives);
}

} // namespace lantern::oneroster
