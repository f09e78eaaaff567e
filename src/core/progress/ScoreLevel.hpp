#pragma once
// A gradebook score turned into a rank of the school's mastery scale. Rules, in order:
//
// (a) The competency has Canvas ratings and masteryPoints: the score earns the highest rating
//     whose points are <= score (below every rating: the lowest rating). The "mastery rating" is
//     the lowest rating whose points are >= masteryPoints (above every rating: the highest). The
//     mastery rating maps to scale.masteredRank, and each rating above or below it moves one level
//     up or down the scale, clamped to the scale's lowest and highest level.
// (b) Otherwise, given maxScore (minScore defaults to 0, or the lowest rating's points when the
//     competency has ratings but no masteryPoints, whose highest rating then also gives maxScore
//     when none is passed): fraction f = (score - min) / (max - min), clamped to [0, 1]; with N
//     levels the score lands on level index floor(f * N) (0-based, by scale order), clamped to
//     N - 1. Level index i covers f in [i / N, (i + 1) / N), so exactly the fractions
//     f >= (masteredIndex) / N reach the mastered level or above (4 levels, mastered third:
//     f >= 0.5).
// (c) Otherwise an integer score that is a rank of the scale is that rank.
// Anything else (no rule applies, an empty scale, max <= min, a NaN score): nullopt.
#include "core/model/Content.hpp"

#include <optional>

namespace lantern {

[[nodiscard]] std::optional<int> levelForScore(double score, const Competency& c,
                                               const MasteryScale& scale,
                                               std::optional<double> minScore = {},
                                               std::optional<double> maxScore = {});

} // namespace lantern
