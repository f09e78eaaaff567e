#pragma once
// Test helpers for the store: a temporary directory removed at scope exit, file bytes, and a
// small SchoolContent that sets every field, optional ones included.
#include "core/Content.hpp"

#include <chrono>
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

inline SchoolContent sampleContent() {
    SchoolContent c;
    c.school = {"Test Middle School", "America/Chicago", {"es", "en"}, both("Grow", "Crecer")};
    c.sections = {{"6a", "6A Crew", 6}, {"7b", "7B Crew", 7}};
    c.rooms = {{"classroom-7b", "Room 214", "classroom", "7b", std::nullopt},
               {"entrance", "Front entrance", "entrance", std::nullopt, std::nullopt},
               {"hallway-6", "Sixth-grade hall", "hallway", std::nullopt, 6}};
    c.displays = {{"tv-1", "entrance", 1920, 1080}, {"tv-2", "hallway-6", 3840, 2160}};
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
        created};
    Celebration section{
        "c-2",        "habit",      both("Helped", "Ayudó"),    std::nullopt, "7b",
        std::nullopt, std::nullopt, CelebrationStatus::Pending, std::nullopt, std::nullopt,
        created};
    Celebration grade{
        "c-3",  "persistence", both("Kept going", "Siguió"), std::nullopt,    std::nullopt,
        6,      "service",     CelebrationStatus::Rejected,  day(2026, 9, 2), std::nullopt,
        created};
    c.celebrations = {learner, section, grade};
    return c;
}

} // namespace lantern::testing
