#include "core/ScreenPlan.hpp"

#include "core/LocalTime.hpp"
#include "core/Playlist.hpp"
#include "core/PublicView.hpp"

namespace lantern {
namespace {

// Shown when a school has no habits, progress or celebrations yet: the screen is never blank.
Slide welcomeSlide(const SchoolContent& content, const Room& room) {
    HabitSlideData h;
    h.habitId = "welcome";
    h.name = {{"en", content.school.name.empty() ? "Welcome" : content.school.name},
              {"es", content.school.name.empty() ? "Bienvenidos" : content.school.name}};
    h.meaning = content.school.mission.empty() ? LangText{{"en", "Welcome to our school."},
                                                          {"es", "Bienvenidos a nuestra escuela."}}
                                               : content.school.mission;
    h.color = "#2a6f97";
    return Slide{"welcome", SlideKind::Habit,
                 "room " + room.id + " has no content to show yet: welcome slide",
                 std::chrono::seconds(30), h};
}

} // namespace

std::optional<Room> findRoom(const SchoolContent& content, const std::string& roomId) {
    for (const auto& r : content.rooms)
        if (r.id == roomId) return r;
    return std::nullopt;
}

ScreenPlan planScreen(const SchoolContent& content, const Room& room, const PrivacyPolicy& policy,
                      Instant t, const std::vector<std::string>& languages) {
    ScreenPlan plan;
    plan.room = room;
    plan.timeZone = content.school.timeZone;
    plan.languages = languages.empty() ? content.school.languages : languages;
    if (plan.languages.empty()) plan.languages = {"en"};
    plan.day = localDay(t, plan.timeZone);
    plan.epoch = startOfLocalDay(t, plan.timeZone);
    plan.slides = buildRoomPlaylist(buildPublicContent(content, policy, plan.day), room);
    if (plan.slides.empty()) plan.slides.push_back(welcomeSlide(content, room));
    return plan;
}

SequencePosition positionAt(const ScreenPlan& plan, Instant t) {
    auto pos = locate(plan.slides, plan.epoch, t);
    return pos ? *pos : SequencePosition{0, t, t + std::chrono::seconds(30), 0};
}

} // namespace lantern
