#pragma once
// The learner sets behind public progress figures, worked out from the raw content by the rules
// PublicView.hpp states ("Units"), independently of PublicView and ProgressCounts: tests hold the
// slides' figures to these sets. Levels by the most-recent method (ties: the higher level).
#include "core/model/Content.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lantern::testing {

using LearnerSet = std::set<std::string>;

struct UnitOracle {
    const SchoolContent& c;
    int k = 10;
    Days window{}; // the start window (term start + 13 days)

    [[nodiscard]] std::optional<int> levelOf(const std::string& learner, const std::string& comp,
                                             Days asOf) const {
        std::optional<std::pair<Days, int>> best;
        auto consider = [&](const Evidence& e) {
            if (e.learnerId == learner && e.competencyId == comp && e.date <= asOf &&
                (!best || std::pair(e.date, e.level) > *best))
                best = std::pair(e.date, e.level);
        };
        for (const auto& e : c.evidence)
            consider(e);
        for (const auto& e : c.departedEvidence)
            consider(e);
        if (!best) return std::nullopt;
        return best->second;
    }

    // The counted classes: (section, grade) -> members.
    [[nodiscard]] std::map<std::pair<std::string, int>, LearnerSet> classes() const {
        std::map<std::pair<std::string, int>, LearnerSet> out;
        if (c.countedMembers) {
            for (const auto& m : *c.countedMembers)
                out[{m.sectionId, m.grade}].insert(m.learnerId);
            return out;
        }
        std::map<std::string, int> grades;
        for (const auto& s : c.sections)
            grades.emplace(s.id, s.grade);
        std::set<std::string> seen;
        for (const auto& l : c.learners) {
            if (!seen.insert(l.id).second) continue;
            const auto g = grades.find(l.sectionId);
            out[{l.sectionId, g == grades.end() ? l.grade : g->second}].insert(l.id);
        }
        return out;
    }

    [[nodiscard]] LearnerSet section(const std::string& id) const {
        LearnerSet out;
        for (const auto& [cls, members] : classes())
            if (cls.first == id) out.insert(members.begin(), members.end());
        return out;
    }

    [[nodiscard]] LearnerSet withLevel(const LearnerSet& group, const std::string& comp,
                                       Days asOf) const {
        LearnerSet out;
        for (const auto& id : group)
            if (levelOf(id, comp, asOf)) out.insert(id);
        return out;
    }

    // A grade's units on a competency as of `today`: classes with at least k counted, and the
    // pool of the rest when it holds k. Each unit as (counted today, start cohort).
    [[nodiscard]] std::vector<std::pair<LearnerSet, LearnerSet>>
    units(int grade, const std::string& comp, Days today) const {
        std::vector<std::pair<LearnerSet, LearnerSet>> out;
        LearnerSet poolNow, poolCohort;
        for (const auto& [cls, members] : classes()) {
            if (cls.second != grade) continue;
            const auto now = withLevel(members, comp, today);
            const auto cohort = withLevel(now, comp, window);
            if (static_cast<int>(now.size()) >= k) {
                out.emplace_back(now, cohort);
            } else {
                poolNow.insert(now.begin(), now.end());
                poolCohort.insert(cohort.begin(), cohort.end());
            }
        }
        if (static_cast<int>(poolNow.size()) >= k) out.emplace_back(poolNow, poolCohort);
        return out;
    }

    [[nodiscard]] std::set<int> grades() const {
        std::set<int> out;
        for (const auto& [cls, members] : classes())
            out.insert(cls.second);
        return out;
    }

    // Learners a grade's (nullopt: the school's) figure of today's levels counts.
    [[nodiscard]] LearnerSet gradeNow(std::optional<int> grade, const std::string& comp,
                                      Days today) const {
        LearnerSet out;
        for (int g : grades())
            if (!grade || g == *grade)
                for (const auto& [now, cohort] : units(g, comp, today))
                    out.insert(now.begin(), now.end());
        return out;
    }

    // Learners a grade's (nullopt: the school's) cohort figures count: clean units' cohorts.
    [[nodiscard]] LearnerSet gradeCohort(std::optional<int> grade, const std::string& comp,
                                         Days today) const {
        LearnerSet out;
        for (int g : grades())
            if (!grade || g == *grade)
                for (const auto& [now, cohort] : units(g, comp, today)) {
                    const int n = static_cast<int>(cohort.size());
                    const int rest = static_cast<int>(now.size()) - n;
                    if (n >= k && (rest == 0 || rest >= k))
                        out.insert(cohort.begin(), cohort.end());
                }
        return out;
    }

    // A learner's domain level today: the lower median of their levels on its competencies.
    [[nodiscard]] std::optional<int> domainLevel(const std::string& id, const std::string& domain,
                                                 Days today) const {
        std::vector<int> levels;
        for (const auto& comp : c.competencies)
            if (comp.domainId == domain)
                if (auto lv = levelOf(id, comp.id, today)) levels.push_back(*lv);
        if (levels.empty()) return std::nullopt;
        std::sort(levels.begin(), levels.end());
        return levels[(levels.size() - 1) / 2];
    }

    // Learners a grade's board cell counts: classes with at least k learners with a domain
    // level, and the pool of the rest when it holds k.
    [[nodiscard]] LearnerSet gradeDomain(int grade, const std::string& domain, Days today) const {
        LearnerSet out, pool;
        for (const auto& [cls, members] : classes()) {
            if (cls.second != grade) continue;
            LearnerSet in;
            for (const auto& id : members)
                if (domainLevel(id, domain, today)) in.insert(id);
            (static_cast<int>(in.size()) >= k ? out : pool).insert(in.begin(), in.end());
        }
        if (static_cast<int>(pool.size()) >= k) out.insert(pool.begin(), pool.end());
        return out;
    }
};

} // namespace lantern::testing
