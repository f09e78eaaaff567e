#include "admin/AdminPanels.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace lantern::admin::panels {

namespace {

void row(const char* label, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", label);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", value.empty() ? "-" : value.c_str());
}

std::string slidePosition(const OverlayStatus& s) {
    if (s.slideCount <= 0) return "no playlist";
    std::string text = std::to_string(s.slideIndex + 1) + " / " + std::to_string(s.slideCount);
    text += "  " + s.slideId;
    if (!s.slideKind.empty()) text += " (" + s.slideKind + ")";
    return text;
}

void factsTable(const OverlayStatus& s) {
    if (!ImGui::BeginTable("facts", 2, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    row("Room", s.roomName.empty() ? s.roomId : s.roomId + "  " + s.roomName);
    row("Slide", slidePosition(s));
    row("Why", s.slideWhy);
    for (const std::string& note : s.skipped)
        row("Skipped", note);
    row("Database", s.dbPath);
    row("Translations", s.translationNote);
    char timing[64];
    std::snprintf(timing, sizeof timing, "%.1f ms  (%.0f fps)", s.frameMs, s.fps);
    row("Frame", timing);
    row("Fonts", s.fontNote);
    row("Shaders", s.shaderNote);
    ImGui::EndTable();
}

void logSection(const OverlayStatus& s) {
    ImGui::TextDisabled("Recent log");
    ImGui::BeginChild("log", ImVec2(0, 0), true);
    for (const std::string& line : s.recentLog)
        ImGui::TextUnformatted(line.c_str());
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) ImGui::SetScrollHereY(1.0f);
    ImGui::EndChild();
}

} // namespace

void drawStatus(const OverlayStatus& status, float uiScale) {
    const float margin = 16.0f * uiScale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(margin, margin), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(display.x * 0.5f, display.y * 0.6f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowBgAlpha(0.92f);
    if (ImGui::Begin("Status  (F1 closes)", nullptr, ImGuiWindowFlags_NoCollapse)) {
        factsTable(status);
        ImGui::Separator();
        logSection(status);
    }
    ImGui::End();
}

} // namespace lantern::admin::panels
