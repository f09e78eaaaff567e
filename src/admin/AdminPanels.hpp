#pragma once

#include "admin/OverlayStatus.hpp"

// One function per overlay panel, each in its own AdminPanel_<Feature>.cpp. Panels use ImGui only
// (never SFML) and are called between ImGuiSfml::newFrame and render.
namespace lantern::admin::panels {

// Read-only operational status: room, slide and why, database, translation gaps, timing,
// font/shader notes, log.
void drawStatus(const OverlayStatus& status, float uiScale);

} // namespace lantern::admin::panels
