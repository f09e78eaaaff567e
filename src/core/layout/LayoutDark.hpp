#pragma once
// The screen outside its power hours: black, or a dim clock (the local time in soft grey that
// still reads at 4.5:1 on black, moved a little each minute against burn-in) for rooms that ask
// for one. A full-screen opaque rectangle
// covers the animated background, so the panel shows nothing else.
#include "core/layout/SlideLayout.hpp"
#include "core/model/Scene.hpp"

#include <string>

namespace lantern {

// `timeText` is the local time to show ("07:45"); empty draws black only.
[[nodiscard]] Scene layoutDark(const std::string& timeText, const LayoutContext& ctx);

} // namespace lantern
