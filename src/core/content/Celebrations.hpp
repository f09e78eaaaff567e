#pragma once
// Celebration rules shared by every way a celebration enters the database (`lantern celebrate`,
// the content file, later the admin overlay): what makes one acceptable, and how moderation moves
// it between statuses. Pure functions: they return results; the store and the CLI apply them.
// docs/celebrations.md describes the rules for people.
#include "core/model/Content.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

// Every kind there is. There is deliberately no kind for top scores.
inline constexpr std::array<std::string_view, 6> kCelebrationKinds = {
    "growth", "habit", "revision", "persistence", "community", "milestone"};

// The longest text, per language, in characters (code points).
inline constexpr std::size_t kCelebrationMaxChars = 500;

[[nodiscard]] bool isCelebrationKind(std::string_view kind);

// One problem with a celebration: `field` is its content-file key ("kind", "habit", "learner",
// "section", "grade", "subject", "text.fr", "showUntil", "targets", "anonymousAs").
struct CelebrationProblem {
    std::string field;
    std::string message;
    [[nodiscard]] std::string text() const { return field + ": " + message; }
};

// Everything wrong with `c` against `content` (its languages, habits, roster, rooms and groups),
// in field order; empty when it may be saved. A celebration with none of learner, section and
// grade is about the whole school. `anonymousAs` is "grade" or "section", and "section" only for
// a learner (a section or grade subject is never spoken of as "someone in …").
[[nodiscard]] std::vector<CelebrationProblem> celebrationIssues(const Celebration& c,
                                                                const SchoolContent& content);
// The same as one line each: "field: message", e.g.
// "text.fr: the school's languages are en, es".
[[nodiscard]] std::vector<std::string> celebrationProblems(const Celebration& c,
                                                           const SchoolContent& content);

// The id for a new celebration: "c-<n>", one past the highest n of the "c-<digits>" ids there are
// ("c-1" in a school with none). Ids of other shapes are left alone.
[[nodiscard]] std::string nextCelebrationId(const SchoolContent& content);

[[nodiscard]] const char* celebrationStatusName(CelebrationStatus status); // "pending", ...
[[nodiscard]] std::optional<CelebrationStatus> celebrationStatusFromName(std::string_view name);

namespace moderation {

// A status change that is allowed (`next`) or why not (`problem`, naming the celebration).
struct Outcome {
    std::optional<CelebrationStatus> next;
    std::string problem;
    [[nodiscard]] explicit operator bool() const { return next.has_value(); }
};

// Only a pending celebration can be approved or rejected; approving a rejected or expired one,
// or deciding twice, is refused with a message.
[[nodiscard]] Outcome approve(const Celebration& c);
[[nodiscard]] Outcome reject(const Celebration& c);

// Whether an approved celebration's window ended before `today` (showUntil < today).
[[nodiscard]] bool isDue(const Celebration& c, Days today);
// The ids of the approved celebrations in `content` whose window ended before `today`, by id;
// each becomes Expired.
[[nodiscard]] std::vector<std::string> expireDue(const SchoolContent& content, Days today);

} // namespace moderation
} // namespace lantern
