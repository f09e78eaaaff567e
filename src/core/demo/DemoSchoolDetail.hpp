#pragma once
// Internal to the demo school's .cpp files: the random source and the fixed catalogue.
#include "core/model/Content.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace lantern::demo {

// Integer ranges by our own mapping: std::uniform_int_distribution differs across libraries.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    // Uniform enough in [low, high] for demo data (the modulo bias is below 1e-15).
    int between(int low, int high) {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<int>(m_engine() % span);
    }
    bool percent(int chance) { return between(0, 99) < chance; }
    template <typename T> const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

// English and Spanish, plus the Arabic, Bengali and Simplified Chinese drafts that
// DemoSchool_Translations.cpp holds for that English text.
LangText both(const char* en, const char* es);
// Adds "ar", "bn" and "zh-Hans" to `text` when its "en" is one of the demo's texts.
void addTranslations(LangText& text);

School demoSchool();
std::vector<Habit> demoHabits();
std::vector<Domain> demoDomains();
std::vector<Competency> demoCompetencies();
MasteryScale demoScale();
const std::vector<std::string>& givenNames();
const std::vector<std::string>& familyNames();

std::vector<Celebration> demoCelebrations(const SchoolContent& content, Days today, Random& random);

// The day of the demo's Innovation Night: the first Thursday at least ten days after `today`.
Days innovationNight(Days today);
// Groups, the entrance kiosk, power hours, playlists, rules, announcements and quotes.
void addDemoSchedule(SchoolContent& content, Days today);

} // namespace lantern::demo
