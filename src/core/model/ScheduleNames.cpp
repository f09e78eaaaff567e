#include "core/model/ScheduleNames.hpp"

#include <array>
#include <utility>

namespace lantern {
namespace {

template <typename E, std::size_t N> using NameTable = std::array<std::pair<E, const char*>, N>;

constexpr NameTable<ItemSource, 14> kItemSources{{
    {ItemSource::Fixed, "fixed"},
    {ItemSource::Celebrations, "celebrations"},
    {ItemSource::SectionProgress, "section-progress"},
    {ItemSource::GradeProgress, "grade-progress"},
    {ItemSource::RoomProgress, "room-progress"},
    {ItemSource::HabitOfWeek, "habit-of-week"},
    {ItemSource::AllHabits, "all-habits"},
    {ItemSource::Announcements, "announcements"},
    {ItemSource::Mission, "mission"},
    {ItemSource::HabitsOverview, "habits-overview"},
    {ItemSource::StudentVoice, "student-voice"},
    {ItemSource::ClassWall, "class-wall"},
    {ItemSource::GradeBoard, "grade-board"},
    {ItemSource::CompetencySpotlight, "competency-spotlight"},
}};

constexpr NameTable<TargetKind, 4> kTargetKinds{{
    {TargetKind::Display, "display"},
    {TargetKind::Room, "room"},
    {TargetKind::Group, "group"},
    {TargetKind::Everywhere, "everywhere"},
}};

constexpr NameTable<Orientation, 4> kOrientations{{
    {Orientation::Landscape, "landscape"},
    {Orientation::Portrait, "portrait"},
    {Orientation::LandscapeFlipped, "landscape-flipped"},
    {Orientation::PortraitFlipped, "portrait-flipped"},
}};

constexpr NameTable<DarkMode, 2> kDarkModes{{
    {DarkMode::Black, "black"},
    {DarkMode::Clock, "clock"},
}};

template <typename E, std::size_t N> const char* nameOf(const NameTable<E, N>& table, E value) {
    for (const auto& [entry, name] : table)
        if (entry == value) return name;
    return table.front().second; // unreachable for a valid enumerator
}

template <typename E, std::size_t N>
std::optional<E> parse(const NameTable<E, N>& table, std::string_view text) {
    for (const auto& [entry, name] : table)
        if (text == name) return entry;
    return std::nullopt;
}

} // namespace

const char* itemSourceName(ItemSource source) {
    return nameOf(kItemSources, source);
}

std::optional<ItemSource> parseItemSource(std::string_view name) {
    return parse(kItemSources, name);
}

const char* targetKindName(TargetKind kind) {
    return nameOf(kTargetKinds, kind);
}

std::optional<TargetKind> parseTargetKind(std::string_view name) {
    return parse(kTargetKinds, name);
}

const char* orientationName(Orientation orientation) {
    return nameOf(kOrientations, orientation);
}

std::optional<Orientation> parseOrientation(std::string_view name) {
    return parse(kOrientations, name);
}

const char* darkModeName(DarkMode mode) {
    return nameOf(kDarkModes, mode);
}

std::optional<DarkMode> parseDarkMode(std::string_view name) {
    return parse(kDarkModes, name);
}

} // namespace lantern
