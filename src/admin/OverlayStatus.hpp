#pragma once

#include <string>
#include <vector>

namespace lantern::admin {

// What the Status panel shows; the app fills it each frame. Operational facts only: it must never
// carry learner data (names, levels, records), since the overlay can be opened on a public screen.
struct OverlayStatus {
    std::string roomId;
    std::string roomName;
    std::string slideId;
    std::string slideKind;
    std::string slideWhy; // why the scheduler chose this slide, in words
    std::string dbPath;
    int slideIndex = 0; // zero-based position in the current playlist
    int slideCount = 0;
    double frameMs = 0.0;
    double fps = 0.0;
    std::string fontNote;   // e.g. which fonts loaded, which fell back
    std::string shaderNote; // e.g. shaders available or the fallback in use
    // Public texts lacking a school language (core translationSummary()), counted when the
    // content is read, not per frame: "3 texts lack es (run lantern check)" or "complete".
    std::string translationNote;
    // Playlist items that show nothing on this screen, and why (ScreenPlan::notes).
    std::vector<std::string> skipped;
    std::vector<std::string> recentLog; // newest last
};

} // namespace lantern::admin
