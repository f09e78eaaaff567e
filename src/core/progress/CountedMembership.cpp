#include "core/progress/CountedMembership.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace lantern {
namespace {

using Class = std::pair<std::string, int>; // (section, grade)
using Members = std::map<std::string, Class>;

Members byLearner(const std::vector<CountedMember>& list) {
    Members out;
    for (const auto& m : list)
        out.emplace(m.learnerId, Class{m.sectionId, m.grade});
    return out;
}

std::string className(const Class& c) {
    return c.first + "/" + std::to_string(c.second);
}

// One class's pending move: who it lets go and who it takes in.
struct Move {
    Class cls;
    std::vector<std::string> leaves, joins;
    [[nodiscard]] int changes() const { return static_cast<int>(leaves.size() + joins.size()); }
};

std::vector<Move> pendingMoves(const Members& counted, const Members& current) {
    std::map<Class, Move> moves;
    for (const auto& [learner, cls] : counted) {
        const auto now = current.find(learner);
        if (now == current.end() || now->second != cls) {
            auto& m = moves[cls];
            m.cls = cls;
            m.leaves.push_back(learner);
        }
    }
    for (const auto& [learner, cls] : current)
        if (!counted.contains(learner)) {
            auto& m = moves[cls];
            m.cls = cls;
            m.joins.push_back(learner);
        }
    std::vector<Move> out;
    for (auto& [cls, m] : moves)
        out.push_back(std::move(m));
    return out;
}

Members applied(Members counted, const std::vector<const Move*>& moves, const Members& current) {
    for (const auto* m : moves) {
        for (const auto& l : m->leaves)
            counted.erase(l);
        for (const auto& l : m->joins)
            counted[l] = current.at(l);
    }
    return counted;
}

// A group a delta is kept for: a class (section and grade), a grade (section empty) or the
// school (section empty, grade kSchool); with the key it is counted under (kMembership: the
// membership itself).
constexpr int kSchool = -1000000, kMembership = -1;
using GroupKey = std::tuple<std::string, int, int>;

std::set<GroupKey> groupsOf(const Class* cls) {
    if (!cls) return {};
    return {GroupKey{cls->first, cls->second, 0}, GroupKey{"", cls->second, 0},
            GroupKey{"", kSchool, 0}};
}

// How many learners each group gained or lost from `before` to `after`, under each key: a
// learner counts in every group they entered or left (a move within a grade leaves the grade
// and the school as they were).
std::map<GroupKey, int> groupDeltas(const Members& before, const Members& after,
                                    const FigureKeys& keys) {
    std::map<GroupKey, int> out;
    static const std::vector<int> none;
    auto visit = [&](const std::string& learner, const Class* was, const Class* is) {
        if (was && is && *was == *is) return;
        const auto it = keys.find(learner);
        const auto& extra = it == keys.end() ? none : it->second;
        std::vector<GroupKey> moved;
        const auto a = groupsOf(was), b = groupsOf(is);
        std::set_symmetric_difference(a.begin(), a.end(), b.begin(), b.end(),
                                      std::back_inserter(moved));
        for (const auto& [section, grade, unused] : moved) {
            ++out[{section, grade, kMembership}];
            for (int k : extra)
                ++out[{section, grade, k}];
        }
    };
    for (const auto& [l, c] : before) {
        const auto it = after.find(l);
        visit(l, &c, it == after.end() ? nullptr : &it->second);
    }
    for (const auto& [l, c] : after)
        if (!before.contains(l)) visit(l, nullptr, &c);
    return out;
}

// One attempt: every class not `held` with enough changes moves, round after round (a leaver
// let go in one round may join another class in the next).
struct Attempt {
    Members counted;
    std::map<Class, int> changes;            // per class that moved
    std::map<Class, std::set<int>> gradesOf; // the grades its learners left or joined
};

Attempt attempt(const Members& original, const Members& current, const std::set<Class>& held,
                int minChanges) {
    Attempt out{original, {}, {}};
    for (;;) {
        std::vector<const Move*> round;
        const auto moves = pendingMoves(out.counted, current);
        for (const auto& m : moves)
            if (m.changes() >= minChanges && !held.contains(m.cls)) round.push_back(&m);
        if (round.empty()) break;
        for (const auto* m : round) {
            out.changes[m->cls] += m->changes();
            auto& grades = out.gradesOf[m->cls];
            grades.insert(m->cls.second);
            for (const auto& l : m->leaves)
                grades.insert(out.counted.at(l).second);
        }
        out.counted = applied(std::move(out.counted), round, current);
    }
    return out;
}

std::vector<CountedMember> listOf(const Members& members) {
    std::vector<CountedMember> out;
    for (const auto& [learner, cls] : members)
        out.push_back({learner, cls.first, cls.second});
    return out;
}

} // namespace

std::vector<CountedMember> currentMembership(const SchoolContent& content) {
    std::unordered_map<std::string, int> sectionGrade;
    for (const auto& s : content.sections)
        sectionGrade.emplace(s.id, s.grade);
    Members members;
    for (const auto& l : content.learners) {
        const auto g = sectionGrade.find(l.sectionId);
        members.emplace(l.id, Class{l.sectionId, g == sectionGrade.end() ? l.grade : g->second});
    }
    return listOf(members);
}

std::vector<CountedMember> countedMembership(const SchoolContent& content) {
    return content.countedMembers ? *content.countedMembers : currentMembership(content);
}

std::set<std::string> membershipChanges(const std::vector<CountedMember>& countedList,
                                        const std::vector<CountedMember>& currentList) {
    const Members counted = byLearner(countedList), current = byLearner(currentList);
    std::set<std::string> out;
    for (const auto& [l, c] : counted)
        if (const auto it = current.find(l); it == current.end() || it->second != c) out.insert(l);
    for (const auto& [l, c] : current)
        if (!counted.contains(l)) out.insert(l);
    return out;
}

FigureKeys figureKeys(const SchoolContent& content, const std::vector<Evidence>& rows,
                      std::optional<Days> window) {
    std::map<std::string, std::pair<int, int>> comps; // id -> (index, domain index)
    std::map<std::string, int> domains;
    for (const auto& d : content.domains)
        domains.emplace(d.id, static_cast<int>(domains.size()));
    for (const auto& c : content.competencies) {
        const auto d = domains.find(c.domainId);
        comps.emplace(
            c.id, std::pair{static_cast<int>(comps.size()), d == domains.end() ? -1 : d->second});
    }
    // Per learner and competency, whether any evidence came by the window (the start cohort) or
    // only after it: each learner is in exactly one of the two, so every figure of today's
    // levels, every cohort figure and every difference between them is a union of these.
    std::map<std::string, std::map<int, bool>> byWindow;
    std::map<std::string, std::set<int>> inDomains;
    for (const auto& e : rows) {
        const auto c = comps.find(e.competencyId);
        if (c == comps.end()) continue;
        bool& cohort = byWindow[e.learnerId][c->second.first];
        cohort = cohort || (window && e.date <= *window);
        if (c->second.second >= 0) inDomains[e.learnerId].insert(c->second.second);
    }
    const int stride = static_cast<int>(comps.size());
    FigureKeys out;
    for (const auto& [learner, perComp] : byWindow) {
        auto& keys = out[learner];
        for (const auto& [comp, cohort] : perComp)
            keys.push_back(cohort ? comp : stride + comp);
        for (int d : inDomains[learner])
            keys.push_back(2 * stride + d);
    }
    return out;
}

MembershipStep advanceMembership(const std::vector<CountedMember>& countedList,
                                 const std::vector<CountedMember>& currentList,
                                 const FigureKeys& keys, int minChanges) {
    const Members original = byLearner(countedList);
    const Members current = byLearner(currentList);
    std::set<Class> held;
    for (;;) {
        Attempt a = attempt(original, current, held, minChanges);
        std::optional<GroupKey> bad;
        for (const auto& [group, delta] : groupDeltas(original, a.counted, keys))
            if (delta > 0 && delta < minChanges) {
                bad = group;
                break;
            }
        if (!bad) {
            MembershipStep step;
            step.counted = listOf(a.counted);
            for (const auto& [cls, n] : a.changes)
                step.advanced.push_back(className(cls));
            for (const auto& m : pendingMoves(a.counted, current))
                step.waiting.emplace_back(className(m.cls), m.changes());
            return step;
        }
        // The class with the fewest changes in that group waits (ties: the first by name).
        const auto& [section, grade, key] = *bad;
        auto inGroup = [&](const Class& cls) {
            if (!section.empty()) return cls == Class{section, grade};
            return grade == kSchool || a.gradesOf[cls].contains(grade);
        };
        std::optional<Class> wait;
        for (const auto& [cls, n] : a.changes)
            if (inGroup(cls) && (!wait || n < a.changes[*wait])) wait = cls;
        (void)key;
        held.insert(*wait);
    }
}

} // namespace lantern
