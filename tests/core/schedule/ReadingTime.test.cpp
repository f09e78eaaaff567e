#include "core/schedule/ReadingTime.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono_literals;

namespace {

const std::vector<std::string> kEnEs{"en", "es"};

Slide habit() {
    HabitSlideData h;
    h.habitId = "perseverance";
    h.name = {{"en", "Perseverance"}, {"es", "Perseverancia"}};               // 1 + 1
    h.meaning = {{"en", "I keep going when learning gets hard."},             // 7
                 {"es", "Sigo adelante cuando aprender se vuelve difícil."}}; // 7
    h.indicators = {{{"en", "I ask for help."}, {"es", "Pido ayuda."}},       // 4 + 2
                    {{"en", "I try again."}, {"es", "Lo intento otra vez."}}, // 3 + 4
                    {{"en", "I revise."}, {"es", "Reviso."}},                 // 2 + 1
                    {{"en", "A fourth one is never shown."}, {"es", "Nunca."}}};
    return Slide{"habit/perseverance", SlideKind::Habit, {}, {}, h};
}

ProgressBand band(std::string en, std::string es, std::string share) {
    return ProgressBand{1,         1,  {{"en", en}, {"es", es}},
                        "#336699", 50, {{"en", share + "%"}, {"es", share + " %"}}};
}

Slide progress() {
    ProgressSlideData p;
    p.groupKind = "section";
    p.groupId = "7b";
    p.groupTitle = {{"en", "7B Crew"}, {"es", "7B Crew"}};                    // 2, once
    p.domainTitle = {{"en", "Mathematics"}, {"es", "Matemáticas"}};           // 1 + 1
    const std::vector<ProgressBand> bands{band("Beginning", "Inicial", "40"), // label 2, share 1
                                          band("Proficient", "Competente", "60")};
    p.rows = {{"m1",
               "MATH.1",
               {{"en", "Solve equations"}, {"es", "Resolver ecuaciones"}}, // 2 + 2
               bands,                                                      // 2 + 2 + 1 + 1
               {{"en", "+15 points since Sep 8"}, {"es", "+15 puntos desde el 8 sep"}}}, // 5 + 6
              {"m2", "MATH.2", {{"en", "Graph lines"}, {"es", "Graficar rectas"}}, bands, {}}};
    return Slide{"progress/section/7b/math", SlideKind::Progress, {}, {}, p};
}

Slide announcement() {
    AnnouncementSlideData a;
    a.announcementId = "night";
    a.title = {{"en", "Innovation Night"}, {"es", "Noche de innovación"}}; // 2 + 3
    a.when = {{"en", "Thursday, December 3 · in 3 days"},                  // 6
              {"es", "jueves, 3 de diciembre · en 3 días"}};               // 7
    a.text = {{"en", "Families welcome at 6 pm."}};                        // 5
    return Slide{"announcement/night", SlideKind::Announcement, {}, {}, a};
}

Slide mission(std::string statement) {
    return Slide{"mission",
                 SlideKind::Mission,
                 {},
                 {},
                 MissionSlideData{{{"en", std::move(statement)}}, {}}};
}

} // namespace

TEST_CASE("ReadingTime: words are runs between spaces that hold a letter or digit") {
    CHECK(wordCount("I keep going when learning gets hard.") == 7);
    CHECK(wordCount("  two\u00A0words  ") == 2);
    CHECK(wordCount("20 %") == 1);
    CHECK(wordCount("Beginning – Developing") == 2);
    CHECK(wordCount("¡Toda nuestra escuela leyó 10 000 libros!") == 7);
    CHECK(wordCount("7B Crew · Mathematics") == 3);
    CHECK(wordCount("") == 0);
}

TEST_CASE("ReadingTime: a habit slide counts its name, meaning and three indicators") {
    CHECK(slideWordCount(habit(), kEnEs) == 32);
    CHECK(slideWordCount(habit(), {"en"}) == 17);
    CHECK(slideWordCount(habit(), {"es"}) == 15);
    // 32 words at 150 a minute is 12.8 s, plus 3 s.
    CHECK(autoDuration(habit(), kEnEs) == 15800ms);
    CHECK(autoDuration(habit(), {"en"}) == 9800ms);
}

TEST_CASE("ReadingTime: a progress slide counts titles, rows, shares and each label once") {
    // Titles 2 + 2; row 1: 4 + 11 + shares 2 + labels 4; row 2: 4 + shares 2.
    CHECK(slideWordCount(progress(), kEnEs) == 31);
    Slide suppressed = progress();
    auto& p = std::get<ProgressSlideData>(suppressed.data);
    p.suppressed = true;
    p.suppressedText = {{"en", "Not shown: fewer than 10 learners"},       // 6
                        {"es", "No se muestra: menos de 10 estudiantes"}}; // 7
    CHECK(slideWordCount(suppressed, kEnEs) == 4 + 13);
}

TEST_CASE("ReadingTime: a celebration wall counts every card's text and who") {
    CelebrationCard a;
    a.text = {{"en", "Maya revised her essay three times."},
              {"es", "Maya revisó su ensayo tres veces."}}; // 6 + 6
    a.who = {{"en", "Maya R."}, {"es", "Maya R."}};         // 2, once
    a.habitName = {{"en", "Perseverance"}};                 // the tag is not counted
    CelebrationCard b;
    b.text = {{"en", "Our crew planted a garden."}}; // 5, no Spanish
    b.who = {{"en", "7B Crew"}};                     // 2
    Slide wall{"celebrations/1", SlideKind::Celebrations, {}, {}, CelebrationSlideData{{a, b}}};
    CHECK(slideWordCount(wall, kEnEs) == 21);
}

TEST_CASE("ReadingTime: an announcement counts title, when and text") {
    CHECK(slideWordCount(announcement(), kEnEs) == 23);
    CHECK(autoDuration(announcement(), kEnEs) == 12200ms); // 9.2 s + 3 s
}

TEST_CASE("ReadingTime: languages not shown are not counted") {
    Slide s = mission("Every learner grows here, every single day of the year.");
    std::get<MissionSlideData>(s.data).statement["fr"] = "Chaque élève grandit ici.";
    CHECK(slideWordCount(s, kEnEs) == 10);
    CHECK(slideWordCount(s, {"en", "fr"}) == 14);
    std::get<MissionSlideData>(s.data).schoolName = {{"en", "Harbor Middle School"}};
    CHECK(slideWordCount(s, kEnEs) == 13);
}

TEST_CASE("ReadingTime: auto durations stay between 8 and 30 seconds") {
    CHECK(autoDuration(mission("Grow."), kEnEs) == 8000ms);
    std::string many;
    for (int i = 0; i < 100; ++i)
        many += "word ";
    CHECK(slideWordCount(mission(many), kEnEs) == 100);
    CHECK(autoDuration(mission(many), kEnEs) == 30000ms);
    std::string twenty;
    for (int i = 0; i < 20; ++i)
        twenty += "word ";
    CHECK(autoDuration(mission(twenty), kEnEs) == 11000ms); // 8 s + 3 s, on a whole 100 ms
}

TEST_CASE("ReadingTime: a habits overview counts every habit's name and meaning") {
    HabitSlideData h = std::get<HabitSlideData>(habit().data); // 2 + 14, indicators not shown
    Slide overview{
        "habits-overview", SlideKind::HabitsOverview, {}, {}, HabitsOverviewSlideData{{h, h}}};
    CHECK(slideWordCount(overview, kEnEs) == 32);
}

TEST_CASE("ReadingTime: a quote counts its text and attribution") {
    Slide quote{"quote/q1",
                SlideKind::Quote,
                {},
                {},
                QuoteSlideData{"q1",
                               {{"en", "I keep my mistakes."}, {"es", "Guardo mis errores."}},
                               {{"en", "— 8th grader"}, {"es", "— estudiante de 8.º grado"}}}};
    CHECK(slideWordCount(quote, kEnEs) == 4 + 3 + 2 + 4);
}
