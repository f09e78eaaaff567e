// Demo school: assembly, Crews, learners, ten weeks of evidence, rooms and displays.
#include "core/demo/DemoSchool.hpp"

#include "core/demo/DemoSchoolDetail.hpp"

#include <algorithm>
#include <tuple>

namespace lantern {
namespace {

using demo::Random;

constexpr int kTinyCrewSize = 6;
constexpr int kCycles = 5; // ten weeks of evidence, in two-week cycles
constexpr int kCycleDays = 14;
constexpr int kBaselineDays = 9; // the first cycle's first piece: within the first nine days

// 6A–6G, 7A–7G, 8A–8E regular Crews, then 8F, the tiny one.
std::vector<Section> demoSections() {
    std::vector<Section> sections;
    for (int grade = 6; grade <= 8; ++grade) {
        const char last = grade == 8 ? 'F' : 'G';
        for (char letter = 'A'; letter <= last; ++letter) {
            const std::string name = std::to_string(grade) + letter;
            const std::string id = std::to_string(grade) + static_cast<char>(letter - 'A' + 'a');
            sections.push_back({id, name + " Crew", grade});
        }
    }
    return sections;
}

// How many learners each Crew gets: the tiny Crew (last) at most six, the rest evenly.
std::vector<int> crewSizes(int learners, std::size_t crews) {
    std::vector<int> sizes(crews, 0);
    const int tiny = std::clamp(learners, 0, kTinyCrewSize);
    sizes.back() = tiny;
    const int regular = static_cast<int>(crews) - 1;
    for (int i = 0; i < regular; ++i)
        sizes[static_cast<std::size_t>(i)] =
            (learners - tiny) / regular + (i < (learners - tiny) % regular ? 1 : 0);
    return sizes;
}

std::string learnerId(int number) {
    std::string digits = std::to_string(number);
    return "l-" + std::string(digits.size() < 4 ? 4 - digits.size() : 0, '0') + digits;
}

std::vector<Learner> demoLearners(const std::vector<Section>& sections, int count, Random& random) {
    const auto sizes = crewSizes(count, sections.size());
    std::vector<Learner> learners;
    for (std::size_t s = 0; s < sections.size(); ++s) {
        for (int i = 0; i < sizes[s]; ++i) {
            const int number = static_cast<int>(learners.size()) + 1;
            learners.push_back({learnerId(number), random.pick(demo::givenNames()),
                                random.pick(demo::familyNames()), sections[s].grade, sections[s].id,
                                random.percent(40)});
        }
    }
    return learners;
}

// Growth per cycle, in hundredths of a level: Crews take turns being slow, steady and fast. Even
// a fast Crew keeps a few learners below mastery at the end of the ten weeks.
std::vector<int> crewGrowth(const std::vector<Section>& sections, Random& random) {
    std::vector<int> growth;
    for (std::size_t s = 0; s < sections.size(); ++s) {
        switch (s % 3) {
        case 0:
            growth.push_back(random.between(1, 6));
            break;
        case 1:
            growth.push_back(random.between(9, 14));
            break;
        default:
            growth.push_back(random.between(16, 21));
            break;
        }
    }
    return growth;
}

// Evidence is dated on school days: a weekend day moves back to the Friday before.
Days schoolDay(Days day) {
    const std::chrono::weekday weekday{day};
    if (weekday == std::chrono::Saturday) return day - std::chrono::days{1};
    if (weekday == std::chrono::Sunday) return day - std::chrono::days{2};
    return day;
}

int levelFor(int hundredths) {
    return std::clamp((hundredths + 50) / 100, 1, 4);
}

// The ten weeks of evidence: the term starts on the first school day of the ten weeks ending on
// `today` (School::termStart), and the evidence ends on `today`.
struct Term {
    Days start;
    Days today;
};

Term demoTerm(Days today) {
    Days start = today - std::chrono::days{kCycles * kCycleDays - 1};
    while (std::chrono::weekday{start} == std::chrono::Saturday ||
           std::chrono::weekday{start} == std::chrono::Sunday)
        start += std::chrono::days{1};
    return {start, std::max(start, today)};
}

// The day of one piece of evidence in `cycle`. The first piece of the first cycle is the
// baseline, taken in the first kBaselineDays of term as schools do, so that every learner has
// evidence on every competency by the start window (term start + 13 days) that the progress
// slides measure "the start of term" at.
Days evidenceDay(const Term& term, int cycle, int piece, Random& random) {
    const int spread = cycle == 0 && piece == 0 ? kBaselineDays : kCycleDays;
    const Days day =
        term.start + std::chrono::days{cycle * kCycleDays + random.between(0, spread - 1)};
    return std::clamp(schoolDay(day), term.start, term.today);
}

// A learner's own growth per cycle on top of their Crew's, in hundredths of a level: skewed, as
// in real classes: most grow a little faster or slower than their Crew, one in five takes off and
// one in ten slips back.
int personalGrowthOf(Random& random) {
    const int draw = random.between(0, 99);
    if (draw < 10) return random.between(-8, -1);
    if (draw < 80) return random.between(0, 8);
    return random.between(9, 20);
}

struct LearnerModel {
    const Learner* learner;
    int crewGrowth;
};

void addLearnerEvidence(const LearnerModel& model, const std::vector<Competency>& competencies,
                        const Term& term, Random& random, std::vector<Evidence>& out) {
    const int personalGrowth = personalGrowthOf(random);
    const int strength = random.between(-55, 55); // the learner's, across competencies
    // Older learners have had longer with the school's competencies: a little further along.
    const int gradeHead = (model.learner->grade - 7) * 10;
    for (const auto& competency : competencies) {
        // Most learners start below mastery; about three in ten are there in the first weeks.
        const int start = random.between(110, 310) + strength + gradeHead;
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            const int pieces = random.percent(50) ? 2 : 1;
            for (int p = 0; p < pieces; ++p) {
                const Days day = evidenceDay(term, cycle, p, random);
                const int value =
                    start + cycle * (model.crewGrowth + personalGrowth) + random.between(-45, 45);
                out.push_back({model.learner->id, competency.id, levelFor(value), day});
            }
        }
    }
}

std::vector<Evidence> demoEvidence(const SchoolContent& content, const Term& term, Random& random) {
    const auto growth = crewGrowth(content.sections, random);
    std::vector<Evidence> evidence;
    for (const auto& learner : content.learners) {
        const auto crew = std::find_if(content.sections.begin(), content.sections.end(),
                                       [&](const Section& s) { return s.id == learner.sectionId; });
        const auto index = static_cast<std::size_t>(crew - content.sections.begin());
        addLearnerEvidence({&learner, growth[index]}, content.competencies, term, random, evidence);
    }
    std::stable_sort(evidence.begin(), evidence.end(), [](const Evidence& a, const Evidence& b) {
        return std::tie(a.date, a.learnerId, a.competencyId) <
               std::tie(b.date, b.learnerId, b.competencyId);
    });
    return evidence;
}

Room room(const char* id, const char* name, const char* kind, std::optional<std::string> section,
          std::optional<int> grade) {
    Room r;
    r.id = id;
    r.name = name;
    r.kind = kind;
    r.sectionId = std::move(section);
    r.grade = grade;
    return r;
}

// Sorted by id, as the Store returns them. Two classrooms show English beside a home language
// of their Crew's families instead of the school's English and Spanish.
std::vector<Room> demoRooms() {
    std::vector<Room> rooms = {
        room("cafeteria", "Cafeteria", "cafeteria", std::nullopt, std::nullopt),
        room("classroom-7b", "Room 214 (7B Crew)", "classroom", "7b", std::nullopt),
        room("classroom-8f", "Room 305 (8F Crew)", "classroom", "8f", std::nullopt),
        room("entrance", "Main Entrance", "entrance", std::nullopt, std::nullopt),
        room("hallway-1", "Sixth Grade Hallway", "hallway", std::nullopt, 6),
        room("hallway-2", "Seventh Grade Hallway", "hallway", std::nullopt, 7)};
    for (auto& r : rooms) {
        if (r.id == "classroom-7b") r.languages = {"en", "ar"};
        if (r.id == "classroom-8f") r.languages = {"en", "bn"};
        // Where families come in: English first and each family language in turn.
        if (r.id == "entrance") r.languages = {"en", "es", "ar", "bn", "zh-Hans"};
    }
    return rooms;
}

std::vector<Display> demoDisplays(const std::vector<Room>& rooms) {
    std::vector<Display> displays;
    for (const auto& room : rooms)
        displays.push_back(
            {"tv-" + room.id, room.id, room.name + " screen", Orientation::Landscape, 1920, 1080});
    return displays;
}

} // namespace

SchoolContent makeDemoSchool(const DemoOptions& options) {
    Random random(options.seed);
    SchoolContent content;
    content.school = demo::demoSchool();
    content.rooms = demoRooms();
    content.displays = demoDisplays(content.rooms);
    content.habits = demo::demoHabits();
    content.domains = demo::demoDomains();
    content.competencies = demo::demoCompetencies();
    content.scale = demo::demoScale();
    content.sections = demoSections();
    content.learners = demoLearners(content.sections, std::max(options.learners, 0), random);
    const Term term = demoTerm(options.today);
    content.school.termStart = term.start;
    content.evidence = demoEvidence(content, term, random);
    content.celebrations = demo::demoCelebrations(content, options.today, random);
    demo::addDemoSchedule(content, options.today);
    return content;
}

} // namespace lantern
