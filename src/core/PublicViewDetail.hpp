#pragma once
// Internal to PublicView: the context and the progress helpers that PublicView.cpp (section and
// grade slides) and PublicView_Progress.cpp (class walls, the grade board, competency spotlights)
// share, so that every progress figure on every slide counts learners and levels the same way.
// Not for use outside those files.
#include "core/Content.hpp"
#include "core/Mastery.hpp"
#include "core/Privacy.hpp"
#include "core/Slides.hpp"

#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lantern::detail {

using Group = std::vector<const Learner*>;

// The levels of every learner of content.learners on every competency as of one day, flat by
// (learner slot, MasteryIndex competency index); kNoLevel where there is none.
struct LevelTable {
    static constexpr std::int8_t kNoLevel = INT8_MIN;
    Days day;
    std::vector<std::int8_t> levels;
};

struct Context {
    const SchoolContent& content;
    const PrivacyPolicy& policy;
    Days today;
    MasteryIndex index; // levels by the school's method (MasteryScale::method)
    std::vector<std::string> langs;
    std::vector<MasteryLevel> levels; // by rank, ascending
    int masteredIndex = 0;
    std::vector<int> learnerSlots{}; // per content.learners entry: its index in `index`, or -1
    std::vector<int> learnerKeys{};  // per content.learners entry: the first entry of its id
    int competencyCount = 0;         // competencies in `index`
    std::vector<LevelTable> levelTables{};                  // today, start window, 4 weeks ago
    std::unordered_map<std::string, Group> sectionGroups{}; // by Learner::sectionId
    std::map<int, Group> gradeGroups{};                     // by Learner::grade
    std::unordered_map<std::string, int> sectionKeys{};     // section id: its first index
    std::unordered_map<std::string, std::vector<const Competency*>> domainCompetencies{};
};

// (learner key, competency index) pairs shown on section slides.
class Coverage {
public:
    explicit Coverage(const Context& ctx)
        : m_comps(static_cast<std::size_t>(ctx.competencyCount)),
          m_shown(ctx.learnerKeys.size() * m_comps, false) {}
    void add(int learnerKey, int comp) { m_shown[key(learnerKey, comp)] = true; }
    [[nodiscard]] bool contains(int learnerKey, int comp) const {
        return comp >= 0 && m_shown[key(learnerKey, comp)];
    }

private:
    [[nodiscard]] std::size_t key(int learner, int comp) const {
        return static_cast<std::size_t>(learner) * m_comps + static_cast<std::size_t>(comp);
    }
    std::size_t m_comps;
    std::vector<bool> m_shown;
};

// (section key, competency index) rows left out by complementary suppression.
using Withheld = std::set<std::pair<int, int>>;

// The level of `learner` on the competency with index `comp` (MasteryIndex::competencyIndex).
[[nodiscard]] std::optional<int> learnerLevel(const Context& ctx, const Learner* learner, int comp,
                                              Days d);
// The learner's entry in content.learners, or -1.
[[nodiscard]] int learnerSlot(const Context& ctx, const Learner* learner);
[[nodiscard]] int learnerKey(const Context& ctx, const Learner* learner);
// The section's key (Withheld), or -1 for an unknown id.
[[nodiscard]] int sectionKey(const Context& ctx, const std::string& sectionId);

[[nodiscard]] Context makeContext(const SchoolContent& content, const PrivacyPolicy& policy,
                                  Days today);

// Lantern's own wording for every school language (Strings.hpp phrase tables, via the school's
// first language when a language has none); `f` gets the language to write in.
[[nodiscard]] LangText perLanguage(const Context& ctx,
                                   const std::function<std::string(const std::string&)>& f);
// `text` in every school language, missing ones from the first language.
[[nodiscard]] LangText localized(const Context& ctx, const LangText& text);

// The learners of `group` with evidence on the competency by `d`.
[[nodiscard]] Group countedOn(const Context& ctx, const Group& group,
                              const std::string& competencyId, Days d);
// The share at or above mastery of `learners` as of `d`, from banded counts (Privacy.hpp,
// masteredPercent); nullopt when a band straddles mastery or a side has no band.
[[nodiscard]] std::vector<BandCount> bandsOf(const Context& ctx, const Group& learners,
                                             const std::string& competencyId, Days d);
[[nodiscard]] std::optional<int> masteredAsOf(const Context& ctx, const Group& learners,
                                              const std::string& competencyId, Days d);

[[nodiscard]] std::vector<const Domain*> sortedDomains(const Context& ctx);
[[nodiscard]] const std::vector<const Competency*>& competenciesOf(const Context& ctx,
                                                                   const Domain& domain);
[[nodiscard]] std::vector<const Section*> sortedSections(const Context& ctx);
[[nodiscard]] std::set<int> allGrades(const Context& ctx);
[[nodiscard]] const Group& sectionGroup(const Context& ctx, const std::string& sectionId);
[[nodiscard]] const Group& gradeGroup(const Context& ctx, int grade);

// Calls `f` for each competency of `domain` on which a row of `group` is large enough to show,
// with the learners it counts.
void forEachSizedRow(const Context& ctx, const Domain& domain, const Group& group,
                     const std::function<void(const Competency&, const Group&)>& f);

// The index into ctx.levels (ascending rank) of a level rank.
[[nodiscard]] int levelIndex(const Context& ctx, int level);

// The (section, competency) rows left out by complementary suppression.
[[nodiscard]] Withheld complementRows(const Context& ctx);

// The progress boards (PublicView_Progress.cpp).
[[nodiscard]] std::vector<ClassWallSlideData> classWallSlides(const Context& ctx,
                                                              const Withheld& withheld);
[[nodiscard]] GradeBoardSlideData gradeBoardSlide(const Context& ctx);
[[nodiscard]] std::vector<CompetencySpotlightData> spotlightSlides(const Context& ctx,
                                                                   const Withheld& withheld);

// The other public slides (PublicView_Celebrations.cpp).
[[nodiscard]] std::vector<CelebrationCard> celebrationCards(const Context& ctx);
[[nodiscard]] std::vector<AnnouncementSlideData> announcementSlides(const Context& ctx);
[[nodiscard]] LangText missionText(const Context& ctx);
[[nodiscard]] std::vector<QuoteSlideData> quoteSlides(const Context& ctx);

} // namespace lantern::detail
