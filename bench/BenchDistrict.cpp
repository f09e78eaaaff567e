// The district generator and its sinks (the figures are in BenchDistrict_Run.cpp).
#include "bench/BenchDistrict.hpp"

#include "core/model/LocalTime.hpp"
#include "store/EvidenceAppender.hpp"
#include "store/Store.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace lantern {
namespace {

constexpr int kFirstGrade = 6;
constexpr int kGrades = 7;

// splitmix64: small, fast, and the same numbers on every platform.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return static_cast<int>(unit() * n); }

private:
    std::uint64_t m_state;
};

std::string numbered(const char* prefix, int n, int width) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%0*d", prefix, width, n);
    return buf;
}

int gradeOfLearner(const DistrictSpec& spec, int i) {
    return kFirstGrade + static_cast<int>(static_cast<std::int64_t>(i) * kGrades / spec.learners);
}

MasteryScale districtScale() {
    MasteryScale scale;
    const char* labels[][2] = {{"Beginning", "Inicial"},
                               {"Developing", "En desarrollo"},
                               {"Proficient", "Competente"},
                               {"Advanced", "Avanzado"}};
    const char* colors[] = {"#e66101", "#fdb863", "#b2abd2", "#5e3c99"};
    for (int r = 0; r < 4; ++r)
        scale.levels.push_back({r + 1, {{"en", labels[r][0]}, {"es", labels[r][1]}}, colors[r]});
    scale.masteredRank = 3;
    return scale;
}

void addFramework(const DistrictSpec& spec, SchoolContent& c) {
    for (int d = 0; d < spec.domains; ++d) {
        const std::string code = numbered("DOM", d + 1, 2);
        c.domains.push_back(
            {numbered("d", d + 1, 2), code, {{"en", "Domain " + std::to_string(d + 1)}}, d});
    }
    for (int k = 0; k < spec.competencies; ++k) {
        const int d = static_cast<int>(static_cast<std::int64_t>(k) * spec.domains /
                                       std::max(spec.competencies, 1));
        c.competencies.push_back(
            {numbered("c", k + 1, 3),
             c.domains[static_cast<std::size_t>(d)].id,
             c.domains[static_cast<std::size_t>(d)].code + "." + std::to_string(k + 1),
             {{"en", "Competency " + std::to_string(k + 1)}},
             {{"en", "What competency " + std::to_string(k + 1) + " means"}},
             k});
    }
}

// Sections of 15-35 learners filled in learner order within each grade.
void addRoster(const DistrictSpec& spec, SchoolContent& c, Rng& rng) {
    int section = 0, left = 0, grade = 0;
    for (int i = 0; i < spec.learners; ++i) {
        const int g = gradeOfLearner(spec, i);
        if (g != grade || left == 0) {
            grade = g;
            left = 15 + rng.below(21);
            ++section;
            c.sections.push_back(
                {numbered("s", section, 4), std::to_string(g) + "-" + std::to_string(section), g});
        }
        --left;
        c.learners.push_back({numbered("L", i + 1, 7), "Given" + std::to_string(i + 1),
                              "Family" + std::to_string(i + 1), g, c.sections.back().id,
                              rng.unit() < 0.3});
    }
}

SchoolContent districtRoster(const DistrictSpec& spec, Rng& rng) {
    SchoolContent c;
    c.school.name = "Generated District";
    c.school.languages = {"en", "es"};
    c.school.termStart = spec.termStart;
    c.scale = districtScale();
    addFramework(spec, c);
    addRoster(spec, c, rng);
    return c;
}

// Rows per learner: weights 0.4-1.6, shares of the total by cumulative rounding (exact sum).
std::vector<std::int64_t> rowsPerLearner(const DistrictSpec& spec, Rng& rng) {
    std::vector<double> cumulative{0};
    for (int i = 0; i < spec.learners; ++i)
        cumulative.push_back(cumulative.back() + 0.4 + 1.2 * rng.unit());
    std::vector<std::int64_t> rows;
    const double total = cumulative.back();
    std::int64_t before = 0;
    for (int i = 1; i <= spec.learners; ++i) {
        const auto upTo = i == spec.learners
                              ? spec.evidence
                              : static_cast<std::int64_t>(static_cast<double>(spec.evidence) *
                                                          cumulative[i] / total);
        rows.push_back(upTo - before);
        before = upTo;
    }
    return rows;
}

// A school day of the term: a Saturday or Sunday becomes the Friday before (never before the
// term's first day).
Days schoolDay(const DistrictSpec& spec, int offset) {
    Days d = spec.termStart + std::chrono::days{offset};
    const unsigned weekday = std::chrono::weekday{d}.c_encoding(); // 0 Sunday .. 6 Saturday
    if (weekday == 6) d -= std::chrono::days{1};
    if (weekday == 0) d -= std::chrono::days{2};
    return std::max(d, spec.termStart);
}

struct LearnerPlan {
    const Learner& learner;
    std::vector<const Competency*> taught; // the learner's grade's competencies, in sequence
    std::int64_t rows;
};

void learnerEvidence(const DistrictSpec& spec, const LearnerPlan& plan, Rng& rng,
                     DistrictSink& sink) {
    if (plan.taught.empty()) return;
    const double ability = std::pow(rng.unit(), 0.7);
    const int n = static_cast<int>(plan.taught.size());
    for (std::int64_t r = 0; r < plan.rows; ++r) {
        const int k = std::min(rng.below(n), rng.below(n)); // earlier competencies more often
        const int offset = rng.below(spec.termDays);
        const double progress = static_cast<double>(offset) / spec.termDays;
        const double score = 0.45 * ability + 0.35 * progress + 0.3 * rng.unit();
        const int level = std::clamp(1 + static_cast<int>(score * 3.2), 1, 4);
        const Competency& comp = *plan.taught[static_cast<std::size_t>(k)];
        sink.evidence({plan.learner.id, plan.learner.sectionId, comp.id, comp.code, level,
                       schoolDay(spec, offset)});
    }
}

} // namespace

Days districtToday(const DistrictSpec& spec) {
    return spec.termStart + std::chrono::days{spec.termDays};
}

void generateDistrict(const DistrictSpec& spec, DistrictSink& sink) {
    Rng rng(spec.seed);
    const SchoolContent district = districtRoster(spec, rng);
    sink.roster(district);
    std::vector<std::vector<const Competency*>> taught(kGrades);
    for (int k = 0; k < static_cast<int>(district.competencies.size()); ++k)
        taught[static_cast<std::size_t>(k % kGrades)].push_back(&district.competencies[k]);
    const auto rows = rowsPerLearner(spec, rng);
    for (std::size_t i = 0; i < district.learners.size(); ++i) {
        const Learner& l = district.learners[i];
        Rng own(spec.seed ^ (0x5851f42d4c957f2dULL * (i + 1)));
        learnerEvidence(spec, {l, taught[static_cast<std::size_t>(l.grade - kFirstGrade)], rows[i]},
                        own, sink);
    }
    sink.finish();
}

// ---- sinks -----------------------------------------------------------------------------------

StoreDistrictSink::StoreDistrictSink(Store& store) : m_store(store) {}
StoreDistrictSink::~StoreDistrictSink() = default;

void StoreDistrictSink::roster(const SchoolContent& district) {
    m_store.replaceContent(district);
    m_writer = std::make_unique<EvidenceAppender>(m_store, "district");
}

void StoreDistrictSink::evidence(const DistrictRow& row) {
    m_writer->add(row.learnerId, row.competencyId, row.level, row.date, row.sectionId, ++m_rows);
}

void StoreDistrictSink::finish() {
    m_writer->commit();
    m_writer.reset();
}

void CsvDistrictSink::roster(const SchoolContent&) {
    m_out << "learner_id,section_id,competency_code,level,date,source\n";
}

void CsvDistrictSink::evidence(const DistrictRow& row) {
    m_out << row.learnerId << ',' << row.sectionId << ',' << row.competencyCode << ',' << row.level
          << ',' << formatDate(row.date) << ',' << m_prefix << ++m_rows << '\n';
}

void CsvDistrictSink::finish() {
    m_out.flush();
}

} // namespace lantern
