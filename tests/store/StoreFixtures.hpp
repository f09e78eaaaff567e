#pragma once
// Test helpers for the store: a temporary directory removed at scope exit, file bytes, and a
// small SchoolContent that sets every field, optional ones included, in loadContent's order.
#include "core/model/Content.hpp"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace lantern::testing {

class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "lantern-XXXXXX").string();
        m_path = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] std::filesystem::path file(const std::string& name) const {
        return m_path / name;
    }

private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

inline Days day(int y, unsigned m, unsigned d) {
    return Days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

inline LangText both(const std::string& en, const std::string& es) {
    return {{"en", en}, {"es", es}};
}

inline Instant at(std::int64_t millis) {
    return Instant{std::chrono::milliseconds{millis}};
}

// Every room field set somewhere: languages, distance, power hours (one crossing midnight) and
// both dark modes.
inline std::vector<Room> sampleRooms() {
    Room classroom{"classroom-7b", "Room 214", "classroom", "7b", std::nullopt, {}, 3.0, {},
                   DarkMode::Black};
    Room entrance{"entrance",     "Front entrance",        "entrance", std::nullopt,
                  std::nullopt,   {"en", "ht", "zh-Hans"}, 6.5,        {},
                  DarkMode::Clock};
    entrance.powerHours = {{WeekdaySet{0x1f}, {7 * 60, 18 * 60}},
                           {WeekdaySet{0x10}, {22 * 60, 2 * 60}}};
    Room hallway{"hallway-6", "Sixth-grade hall",          "hallway",      std::nullopt, 6, {"es"},
                 4.25,        {{WeekdaySet{}, {0, 1440}}}, DarkMode::Black};
    return {classroom, entrance, hallway};
}

// Playlists with fixed and generated items, fixed and `auto` durations, and an empty one.
inline std::vector<Playlist> samplePlaylists() {
    using std::chrono::milliseconds;
    Playlist school{"day", "School day", {}};
    school.items = {{ItemSource::Fixed, "mission", milliseconds{12'000}},
                    {ItemSource::Celebrations, "", std::nullopt},
                    {ItemSource::SectionProgress, "7b", milliseconds{15'000}},
                    {ItemSource::GradeProgress, "6", std::nullopt},
                    {ItemSource::RoomProgress, "", std::nullopt},
                    {ItemSource::HabitOfWeek, "", milliseconds{10'000}},
                    {ItemSource::AllHabits, "", std::nullopt},
                    {ItemSource::Announcements, "", std::nullopt},
                    {ItemSource::Mission, "", std::nullopt}};
    Playlist night{"night", "Innovation Night", {{ItemSource::Fixed, "announcement/night", {}}}};
    return {school, {"empty", "Nothing yet", {}}, night};
}

// Rules on every target kind, with and without windows and dates.
inline std::vector<ScheduleRule> sampleRules() {
    return {{"r-1", "day", TargetKind::Everywhere, "", WeekdaySet{0x1f}, std::nullopt, std::nullopt,
             std::nullopt, 0, at(1'790'000'000'000)},
            {"r-2", "night", TargetKind::Group, "halls", WeekdaySet{0x08}, TimeWindow{17 * 60, 60},
             day(2026, 11, 19), day(2026, 11, 20), 5, at(1'790'000'100'000)},
            {"r-3", "day", TargetKind::Room, "entrance", WeekdaySet{0x60}, TimeWindow{8 * 60, 1440},
             day(2026, 9, 1), std::nullopt, -2, at(1'790'000'200'000)},
            {"r-4", "empty", TargetKind::Display, "tv-2", WeekdaySet{0}, TimeWindow{0, 30},
             std::nullopt, day(2027, 6, 30), 9, at(1'790'000'300'000)}};
}

inline std::vector<Announcement> sampleAnnouncements() {
    return {{"a-1",
             both("Innovation Night", "Noche de innovación"),
             both("Come!", "¡Vengan!"),
             day(2026, 11, 19),
             true,
             day(2026, 11, 1),
             std::nullopt,
             {"halls", "entrance"}},
            {"a-2",
             both("Picture day", "Día de fotos"),
             {},
             std::nullopt,
             false,
             std::nullopt,
             std::nullopt,
             {}}};
}

inline std::vector<Quote> sampleQuotes() {
    return {{"q-1", both("I revised it twice", "Lo revisé dos veces"), "l-1", 6, true},
            {"q-2", both("We kept going", "Seguimos"), std::nullopt, 7, false},
            {"q-3", {{"en", "Ask why"}}, std::nullopt, std::nullopt, true}};
}

inline SchoolContent sampleContent() {
    SchoolContent c;
    c.school = {
        "Test Middle School", "America/Chicago", {"es", "en"}, both("Grow", "Crecer"), "day"};
    c.sections = {{"6a", "6A Crew", 6}, {"7b", "7B Crew", 7}};
    c.rooms = sampleRooms();
    c.displays = {{"tv-1", "entrance", "Front TV", Orientation::Landscape, 1920, 1080},
                  {"tv-2", "hallway-6", "Hall tower", Orientation::PortraitFlipped, 3840, 2160}};
    c.habits = {{"inquiry",
                 both("Inquiry", "Indagación"),
                 both("Ask", "Preguntar"),
                 {both("a", "á"), both("b", "ñ"), both("c", "ç")},
                 "#e69f00",
                 1},
                {"service", both("Service", "Servicio"), both("Help", "Ayudar"), {}, "#cc79a7", 2}};
    c.domains = {{"math", "MATH", both("Math", "Matemáticas"), 1}};
    c.competencies = {
        {"math-1", "math", "MATH.1", both("Ratios", "Razones"), both("Compare", "Comparar"), 1},
        {"math-2", "math", "MATH.2", both("Equations", "Ecuaciones"), both("Solve", "Resolver"),
         2}};
    c.scale.levels = {{1, both("Beginning", "Inicial"), "#e66101"},
                      {2, both("Developing", "En desarrollo"), "#fdb863"},
                      {3, both("Proficient", "Competente"), "#b2abd2"}};
    c.scale.masteredRank = 2;
    c.learners = {{"l-1", "Ana", "Núñez", 6, "6a", true}, {"l-2", "Bo", "Li", 7, "7b", false}};
    c.evidence = {{"l-1", "math-1", 1, day(2026, 9, 8)},
                  {"l-2", "math-1", 2, day(2026, 9, 8)},
                  {"l-1", "math-2", 3, day(2026, 10, 1)}};
    const Instant created{std::chrono::milliseconds{1'790'000'000'123}};
    Celebration learner{
        "c-1",        "growth",  both("Revised", "Revisó"),   "l-1",           std::nullopt,
        std::nullopt, "inquiry", CelebrationStatus::Approved, day(2026, 9, 1), day(2026, 9, 30),
        {},           created};
    Celebration section{
        "c-2",        "habit",      both("Helped", "Ayudó"),    std::nullopt, "7b",
        std::nullopt, std::nullopt, CelebrationStatus::Pending, std::nullopt, std::nullopt,
        {},           created};
    Celebration grade{"c-3",
                      "persistence",
                      both("Kept going", "Siguió"),
                      std::nullopt,
                      std::nullopt,
                      6,
                      "service",
                      CelebrationStatus::Rejected,
                      day(2026, 9, 2),
                      std::nullopt,
                      {"halls", "classroom-7b"},
                      created};
    learner.submittedBy = "Ms. Núñez-Alvarez";
    c.celebrations = {learner, section, grade};
    c.habits[0].icon = "search";
    c.groups = {{"empty-wing", "Empty wing", {}}, {"halls", "Hallways", {"entrance", "hallway-6"}}};
    c.playlists = samplePlaylists();
    c.rules = sampleRules();
    c.announcements = sampleAnnouncements();
    c.quotes = sampleQuotes();
    return c;
}

} // namespace lantern::testing
