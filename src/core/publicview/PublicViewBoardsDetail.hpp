#pragma once
// Internal to PublicView's progress boards (PublicView_Progress.cpp, PublicView_Spotlight.cpp):
// how a share at or above mastery is shown and worded. Not for use outside those files.
#include "core/publicview/PublicViewDetail.hpp"
#include "core/wording/Wording.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lantern::detail {

// Lantern's wording of `key` (Wording.hpp) in every school language, {i} filled from `args`.
[[nodiscard]] LangText words(const Context& ctx, Phrase key,
                             const std::vector<std::string>& args = {});

// A share at or above mastery as shown: its percent (nullopt when not shown) and its coding.
struct Share {
    std::optional<int> percent;
    ShareCoding coding = ShareCoding::Exact;
};

[[nodiscard]] Share shareOfBands(const Context& ctx, const std::vector<BandCount>& bands);
// The share at or above mastery of learners counted per level index.
[[nodiscard]] Share shareOf(const Context& ctx, const std::vector<int>& levels);
[[nodiscard]] std::string shareIn(const Share& share, const std::string& lang);
// `key` with the share filled in, or "not shown: too few learners on one side".
[[nodiscard]] LangText shareWords(const Context& ctx, Phrase key, const Share& share);
// The first day of term (School::termStart, else the earliest evidence).
[[nodiscard]] std::optional<Days> termStart(const Context& ctx);
// The start of term plus 13 days, once today is after it: levels "at the start of term" are
// taken as of the first two-week assessment window, because on the first day almost nobody has
// evidence yet.
[[nodiscard]] std::optional<Days> startWindow(const Context& ctx);
// Whether a group of `n` may be told apart: none, or at least `k`.
[[nodiscard]] bool safeSize(int n, int k);

} // namespace lantern::detail
