// Demo school: room groups, displays, power hours, playlists, rules and announcements. The week
// it describes: arrival, breakfast and lunch playlists on weekdays, the grade board and a
// competency spotlight in the hallways mid-morning, a 7B advisory slot (with its class wall) on
// one display, and Innovation Night (a Thursday about two weeks after `today`) taking over the
// entrance and the hallways in the evening.
#include "core/demo/DemoSchoolDetail.hpp"

#include <algorithm>

namespace lantern::demo {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

constexpr WeekdaySet kWeekdays{0x1f};
constexpr WeekdaySet kMonWedFri{0x15};

TimeWindow window(int startHour, int startMinute, int endHour, int endMinute) {
    return {startHour * 60 + startMinute, endHour * 60 + endMinute};
}

PlaylistItem item(ItemSource source, std::string param = {},
                  std::optional<std::chrono::milliseconds> duration = std::nullopt) {
    return {source, std::move(param), duration};
}

ScheduleRule rule(std::string id, std::string playlist, TargetKind target, std::string targetId,
                  WeekdaySet days, std::optional<TimeWindow> w, int priority, Instant created) {
    ScheduleRule r;
    r.id = std::move(id);
    r.playlistId = std::move(playlist);
    r.target = target;
    r.targetId = std::move(targetId);
    r.days = days;
    r.window = w;
    r.priority = priority;
    r.createdAt = created;
    return r;
}

} // namespace

Days innovationNight(Days today) {
    Days day = today + std::chrono::days(10);
    while (std::chrono::weekday(day) != std::chrono::Thursday)
        day += std::chrono::days(1);
    return day;
}

void addDemoSchedule(SchoolContent& content, Days today) {
    // School hours on weekdays; the entrance stays on for evening events.
    for (auto& room : content.rooms) {
        room.powerHours = {{kWeekdays, window(7, 0, 18, 0)}};
        if (room.id == "entrance") room.powerHours = {{kWeekdays, window(6, 30, 21, 0)}};
        if (room.id == "cafeteria") room.darkMode = DarkMode::Clock;
        // The big rooms are read from further away: their text floor grows with the distance.
        if (room.id == "cafeteria") room.viewingDistanceM = 3.5;
        if (room.id == "entrance") room.viewingDistanceM = 3.5;
    }
    content.groups = {
        {"common-areas", "Common areas", {"cafeteria", "entrance"}},
        {"grade-7-wing", "7th-grade wing", {"classroom-7b", "hallway-2"}},
        {"hallways", "Hallways", {"hallway-1", "hallway-2"}},
    };
    content.displays.push_back(
        {"kiosk-entrance", "entrance", "Entrance kiosk", Orientation::Portrait, 1920, 1080});
    std::sort(content.displays.begin(), content.displays.end(),
              [](const Display& a, const Display& b) { return a.id < b.id; });

    content.playlists = {
        {"advisory-7b",
         "7B advisory",
         {item(ItemSource::ClassWall), item(ItemSource::SectionProgress, "7b", seconds(20)),
          item(ItemSource::HabitOfWeek)}},
        {"hallway-progress",
         "Hallway progress",
         {item(ItemSource::GradeBoard), item(ItemSource::HabitOfWeek),
          item(ItemSource::CompetencySpotlight), item(ItemSource::Celebrations)}},
        {"innovation-night",
         "Innovation Night",
         {item(ItemSource::Announcements), item(ItemSource::Mission),
          item(ItemSource::Celebrations), item(ItemSource::AllHabits)}},
        {"lunch",
         "Lunch",
         {item(ItemSource::Celebrations), item(ItemSource::HabitOfWeek),
          item(ItemSource::Announcements)}},
        {"morning-arrival",
         "Morning arrival",
         {item(ItemSource::Mission), item(ItemSource::HabitOfWeek), item(ItemSource::Announcements),
          item(ItemSource::Celebrations)}},
    };
    const Instant created = std::chrono::sys_days(today - std::chrono::days(30));
    auto evening = rule("innovation-night-doors", "innovation-night", TargetKind::Room, "entrance",
                        WeekdaySet{}, window(17, 0, 20, 30), 20, created);
    evening.from = evening.until = innovationNight(today);
    auto halls = evening;
    halls.id = "innovation-night-halls";
    halls.target = TargetKind::Group;
    halls.targetId = "hallways";
    content.rules = {
        rule("advisory-7b", "advisory-7b", TargetKind::Display, "tv-classroom-7b", kMonWedFri,
             window(8, 30, 9, 15), 10, created),
        evening,
        halls,
        // Mid-morning in the hallways: how each grade is growing, and one competency up close.
        rule("hallway-progress", "hallway-progress", TargetKind::Group, "hallways", kWeekdays,
             window(8, 15, 11, 0), 5, created),
        rule("lunch", "lunch", TargetKind::Room, "cafeteria", kWeekdays, window(11, 0, 13, 0), 10,
             created),
        // Breakfast in the cafeteria overlaps the school-wide arrival rule and outranks it.
        rule("breakfast", "lunch", TargetKind::Room, "cafeteria", kWeekdays, window(7, 0, 8, 0), 10,
             created),
        rule("morning-arrival", "morning-arrival", TargetKind::Everywhere, "", kWeekdays,
             window(7, 0, 8, 15), 5, created),
    };
    std::sort(content.rules.begin(), content.rules.end(),
              [](const ScheduleRule& a, const ScheduleRule& b) { return a.id < b.id; });

    Announcement night;
    night.id = "innovation-night";
    night.title = both("Innovation Night", "Noche de Innovación");
    night.text = both("Families: come see what our learners built. Stations, demos and a bingo "
                      "card of things to try. 5:00–8:30 pm.",
                      "Familias: vengan a ver lo que crearon nuestros estudiantes. Estaciones, "
                      "demostraciones y un bingo de cosas para probar. 5:00–8:30 pm.");
    night.eventDate = innovationNight(today);
    night.countdown = true;
    night.showFrom = today - std::chrono::days(7);
    Announcement conferences;
    conferences.id = "student-led-conferences";
    conferences.title = both("Student-led conferences", "Conferencias dirigidas por estudiantes");
    conferences.text = both("Learners present their portfolios to their families. Sign up at the "
                            "front office.",
                            "Los estudiantes presentan sus portafolios a sus familias. "
                            "Inscríbanse en la oficina.");
    conferences.eventDate = today + std::chrono::days(26);
    conferences.showFrom = today - std::chrono::days(3);
    content.announcements = {night, conferences};

    content.quotes = {
        {"quote-1",
         both("I used to erase my mistakes. Now I keep them so I can see how I got better.",
              "Antes borraba mis errores. Ahora los guardo para ver cómo mejoré."),
         std::nullopt, 7, true},
        {"quote-2",
         both("Revising my essay three times taught me more than getting it right once.",
              "Revisar mi ensayo tres veces me enseñó más que hacerlo bien una vez."),
         std::nullopt, 8, true},
    };
}

} // namespace lantern::demo
