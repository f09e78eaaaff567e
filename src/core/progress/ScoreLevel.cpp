#include "core/progress/ScoreLevel.hpp"

#include <algorithm>
#include <cmath>

namespace lantern {
namespace {

// Guards floor(f * N) against 0.4999999 where the arithmetic means 0.5.
constexpr double kEpsilon = 1e-9;

std::vector<double> ratingPointsAscending(const Competency& c) {
    std::vector<double> points;
    points.reserve(c.ratings.size());
    for (const auto& rating : c.ratings)
        points.push_back(rating.points);
    std::sort(points.begin(), points.end());
    return points;
}

int clampRank(int rank, const MasteryScale& scale) {
    return std::clamp(rank, scale.levels.front().rank, scale.levels.back().rank);
}

// Index of the highest rating whose points are <= score; 0 when the score is below all.
std::ptrdiff_t earnedIndex(const std::vector<double>& points, double score) {
    const auto above = std::upper_bound(points.begin(), points.end(), score + kEpsilon);
    return std::max<std::ptrdiff_t>(0, (above - points.begin()) - 1);
}

// Index of the lowest rating whose points are >= masteryPoints; the highest when none is.
std::ptrdiff_t masteryIndex(const std::vector<double>& points, double masteryPoints) {
    const auto first = std::lower_bound(points.begin(), points.end(), masteryPoints - kEpsilon);
    const auto index = first - points.begin();
    return std::min<std::ptrdiff_t>(index, static_cast<std::ptrdiff_t>(points.size()) - 1);
}

int levelByRatings(double score, const Competency& c, const MasteryScale& scale) {
    const auto points = ratingPointsAscending(c);
    const auto steps = earnedIndex(points, score) - masteryIndex(points, *c.masteryPoints);
    return clampRank(scale.masteredRank + static_cast<int>(steps), scale);
}

std::optional<int> levelByFraction(double score, double min, double max,
                                   const MasteryScale& scale) {
    if (!(max > min)) return std::nullopt;
    const double fraction = std::clamp((score - min) / (max - min), 0.0, 1.0);
    const auto count = static_cast<double>(scale.levels.size());
    const auto index = static_cast<std::size_t>(std::floor(fraction * count + kEpsilon));
    return scale.levels[std::min(index, scale.levels.size() - 1)].rank;
}

std::optional<int> levelByRank(double score, const MasteryScale& scale) {
    if (score != std::floor(score)) return std::nullopt;
    for (const auto& level : scale.levels)
        if (level.rank == static_cast<int>(score)) return level.rank;
    return std::nullopt;
}

} // namespace

std::optional<int> levelForScore(double score, const Competency& c, const MasteryScale& scale,
                                 std::optional<double> minScore, std::optional<double> maxScore) {
    if (scale.levels.empty() || std::isnan(score)) return std::nullopt;
    if (!c.ratings.empty()) {
        if (c.masteryPoints) return levelByRatings(score, c, scale);
        const auto points = ratingPointsAscending(c);
        return levelByFraction(score, minScore.value_or(points.front()),
                               maxScore.value_or(points.back()), scale);
    }
    if (maxScore) return levelByFraction(score, minScore.value_or(0.0), *maxScore, scale);
    return levelByRank(score, scale);
}

} // namespace lantern
