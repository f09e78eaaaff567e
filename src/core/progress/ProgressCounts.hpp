#pragma once
// The raw material of every progress figure on public screens, as counts of learners: for each
// group (a section, a grade, the school) and competency, how many learners are at each level of
// the scale today, at the start window, and how the start window's cohort stands today; for
// each group and domain, how many have any level in it and how many have each domain level.
// PublicView turns these into slides under the disclosure rules; nothing here is public.
//
// Definitions (PublicView.hpp states them for the slides):
// - The learners are the counted membership (CountedMembership.hpp: each class as it stood at
//   its last snapshot; the roster as it stands when the content has no snapshot), each id once.
//   A learner belongs to their counted section and that section's grade; counts are kept per
//   (section id, grade) pair and summed for a section, a grade or the school, so that sections
//   partition the learners and a class counts in its own grade. The evidence counted is the
//   data given (countedEvidence: the roster's, and that of counted learners who have left).
// - A learner's level on a competency as of a day follows the school's MasteryScale::method
//   (Mastery.hpp) over the evidence dated on or before it; counts are by level index, the
//   position of the level's rank among the scale's ranks ascending (a rank between two of the
//   scale's counts as the lower one, below all as the lowest).
// - Days: today; the start window, termStart (else the earliest evidence) + 13 days, once today
//   is after it; four weeks ago, today - 28 days, once that is after the start window.
// - The start cohort of a competency: the learners with a level on it at the start window.
// - A learner's domain level is the lower median of their levels today on the domain's
//   competencies they have evidence on.
//
// Incremental: addEvidence merges new rows into the data and recounts only the learners they
// touch, leaving every count exactly as a fresh build over all the evidence would make it.
#include "core/model/Content.hpp"
#include "core/progress/Mastery.hpp"
#include "core/progress/MasteryData.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lantern {

// A group of learners whose figures are asked for.
struct ProgressGroup {
    enum class Kind { Section, Grade, School };
    Kind kind = Kind::School;
    std::string sectionId{}; // Section
    int grade = 0;           // Grade

    [[nodiscard]] static ProgressGroup section(std::string id) {
        return {Kind::Section, std::move(id), 0};
    }
    [[nodiscard]] static ProgressGroup ofGrade(int g) { return {Kind::Grade, {}, g}; }
    [[nodiscard]] static ProgressGroup school() { return {}; }
};

// The evidence public figures count: the content's, and that of counted learners who have left
// the roster (SchoolContent::departedEvidence).
[[nodiscard]] MasteryData countedEvidence(const SchoolContent& content);

class ProgressCounts {
public:
    // Which learners a count is over, and as of which day their levels are counted.
    enum class Figure {
        Now,               // learners with a level today, by today's level
        Start,             // the start cohort, by their level at the start window
        StartToday,        // the start cohort, by their level today
        StartFourWeeksAgo, // the start cohort, by their level four weeks ago
    };

    ProgressCounts() = default;
    // Counts `data` for the learners, competencies, scale and term of `content` (its evidence
    // field is not read) as of `today`.
    ProgressCounts(const SchoolContent& content, MasteryData data, Days today);

    // Adds evidence rows and recounts the learners they touch. When they move the earliest
    // evidence date that the start of term is taken from, everything is recounted.
    void addEvidence(const std::vector<Evidence>& rows);
    // Recounts everything for another content (a changed roster, scale or term) or day.
    void recount(const SchoolContent& content, Days today);
    // Whether the content's learners, sections, competencies, domains, scale and term start are
    // those these counts were made for (so that addEvidence is enough after a reload).
    [[nodiscard]] bool countsFor(const SchoolContent& content) const;

    [[nodiscard]] Days today() const { return m_today; }
    [[nodiscard]] std::optional<Days> termStart() const { return m_termStart; }
    [[nodiscard]] std::optional<Days> startWindow() const { return m_window; }
    [[nodiscard]] std::optional<Days> fourWeeksAgo() const { return m_fourWeeks; }
    [[nodiscard]] int levelCount() const { return m_levelCount; }
    [[nodiscard]] const MasteryData& data() const { return m_data; }

    // Learners per level index (levelCount() entries); all zero for an unknown competency or
    // group.
    [[nodiscard]] std::vector<int> levels(const ProgressGroup& group, std::string_view competencyId,
                                          Figure figure) const;
    // The sum of levels(...).
    [[nodiscard]] int count(const ProgressGroup& group, std::string_view competencyId,
                            Figure figure) const;
    // Learners of the group with a level today on any competency of the domain.
    [[nodiscard]] int inDomain(const ProgressGroup& group, std::string_view domainId) const;
    // Learners of the group per domain level index (above).
    [[nodiscard]] std::vector<int> domainLevels(const ProgressGroup& group,
                                                std::string_view domainId) const;
    // The grades that count any learner, ascending.
    [[nodiscard]] std::vector<int> grades() const;
    // Learners the section counts (its snapshot's members), with or without evidence.
    [[nodiscard]] int members(std::string_view sectionId) const;

    // Dense access by class, for sums over many classes without lookups by name. A class is a
    // (counted section, grade) pair: nearly always one per section.
    [[nodiscard]] const std::vector<int>& classesOfGrade(int grade) const;
    [[nodiscard]] const std::string& classSection(int cls) const;
    [[nodiscard]] int classMembers(int cls) const;
    [[nodiscard]] int competencyIndex(std::string_view id) const; // -1 when unknown
    [[nodiscard]] int domainIndex(std::string_view id) const;     // -1 when unknown
    // Learners per level index of the class on the competency, for the figure.
    [[nodiscard]] std::span<const int> classLevels(int cls, int competency, Figure figure) const;
    // Learners of the class per domain level index.
    [[nodiscard]] std::span<const int> classDomainLevels(int cls, int domain) const;

private:
    struct Unit {
        int grade = 0;
        int section = 0; // its section's index in m_sections
        int gradeSlot = 0;
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    using Index = std::unordered_map<std::string, int, StringHash, std::equal_to<>>;
    static constexpr int kFigures = 4; // Now, Start, StartToday, StartFourWeeksAgo

    void setUp(const SchoolContent& content, Days today);
    void setDays();
    void mapData(const MasteryData& data);
    void countAll();
    // Adds (sign 1) or takes away (-1) everything one learner contributes, by `data`.
    void countLearner(int slot, int dataLearner, const MasteryData& data, int sign);
    [[nodiscard]] int levelIndex(int rank) const;
    // The first of the group's levelCount() counts for the figure (in `sum` when it adds up
    // several classes), or nullptr when the group or competency is unknown.
    [[nodiscard]] const int* cells(const ProgressGroup& group, std::string_view competencyId,
                                   Figure figure, std::vector<int>& sum) const;
    [[nodiscard]] std::size_t perGroup() const;
    [[nodiscard]] std::size_t cellOffset(int competency, Figure figure) const;
    [[nodiscard]] const std::vector<int>& unitsOf(const ProgressGroup& group) const;
    [[nodiscard]] std::uint64_t fingerprint(const SchoolContent& content) const;

    MasteryData m_data;
    MasteryRule m_rule;
    std::vector<int> m_ranks; // the scale's ranks, ascending
    int m_levelCount = 0;
    std::optional<Days> m_schoolTermStart; // School::termStart
    Days m_today{};
    std::optional<Days> m_termStart, m_window, m_fourWeeks;
    std::uint64_t m_fingerprint = 0;

    std::vector<Unit> m_units;
    std::vector<int> m_unitMembers;        // per unit: learners it counts
    std::vector<std::string> m_sectionIds; // per section index
    std::vector<int> m_allUnits;           // 0 .. units - 1
    std::vector<int> m_slotUnit;           // per learner slot
    std::vector<int> m_dataSlot;           // per data learner index: its slot, or -1
    std::vector<int> m_dataComp;           // per data competency index: its competency, or -1
    std::vector<int> m_compDomain;         // per competency: its domain, or -1
    Index m_learnerSlot, m_compIndex, m_domainIndex, m_sectionIndex;
    std::unordered_map<int, int> m_gradeIndex;
    std::vector<std::vector<int>> m_sectionUnits; // per section index
    std::vector<std::vector<int>> m_gradeUnits;   // per grade slot
    int m_competencies = 0, m_domains = 0;

    // Learners per level index, kept per group so that a question costs levelCount() reads:
    // [class][competency][figure][level], [grade slot][…], [competency][figure][level].
    std::vector<int> m_unitCells, m_gradeCells, m_schoolCells;
    std::vector<int> m_inDomain;    // [unit][domain]
    std::vector<int> m_domainLevel; // [unit][domain][level]
};

} // namespace lantern
