#include "core/wording/Wording.hpp"
#include "core/wording/WordingDetail.hpp"

#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <set>
#include <string_view>

using namespace lantern;

namespace {

constexpr auto kLastPhrase = Phrase::SmallClassesNotCounted;

std::vector<Phrase> allPhrases() {
    std::vector<Phrase> out;
    for (int k = 0; k <= static_cast<int>(kLastPhrase); ++k)
        out.push_back(static_cast<Phrase>(k));
    return out;
}

const detail::CatalogEntry* find(const detail::Catalog& c, std::string_view context) {
    for (const auto& e : c.entries)
        if (e.context == context) return &e;
    return nullptr;
}

// What Lantern said before the catalogs, English and Spanish (the old tables, verbatim).
struct Before {
    Phrase key;
    std::string_view en, es;
};

constexpr std::array kBefore{
    Before{Phrase::SuppressedSmallGroup, "Not shown: fewer than 7 learners",
           "No se muestra: menos de 7 estudiantes"},
    Before{Phrase::SharePercent, "7%", "7 %"},
    Before{Phrase::ShareAbove95, "more than 95%", "más del 95 %"},
    Before{Phrase::ShareBelow5, "fewer than 5%", "menos del 5 %"},
    Before{Phrase::ChangeUp, "+7 points since Sep 8", "+7 puntos desde el Sep 8"},
    Before{Phrase::ChangeDown, "-7 points since Sep 8", "-7 puntos desde el Sep 8"},
    Before{Phrase::ChangeNone, "no change since Sep 8", "sin cambios desde el Sep 8"},
    Before{Phrase::OurSchool, "our school", "nuestra escuela"},
    Before{Phrase::SomeoneAtSchool, "one of our learners", "alguien de nuestra escuela"},
    Before{Phrase::OurMission, "Our mission", "Nuestra misión"},
    Before{Phrase::CountdownToday, "today", "hoy"},
    Before{Phrase::CountdownTomorrow, "tomorrow", "mañana"},
    Before{Phrase::CountdownDays, "in 7 days", "en 7 días"},
    Before{Phrase::QuoteByStudent, "a student", "estudiante de nuestra escuela"},
    Before{Phrase::SomeoneInSection, "someone in 7", "alguien de 7"},
    Before{Phrase::HabitLooksLike, "Looks like", "Así se ve"},
    Before{Phrase::HabitSoundsLike, "Sounds like", "Así se oye"},
    Before{Phrase::HabitsOfALearner, "Habits of a Learner", "Hábitos de un aprendiz"},
    Before{Phrase::WhatItLooksLike, "What it looks like", "Cómo se ve"},
    Before{Phrase::Celebrations, "Celebrating growth", "Celebramos el crecimiento"},
    Before{Phrase::ProgressKey, "Key", "Clave"},
    Before{Phrase::NoProgress, "No progress to show yet", "Aún no hay progreso para mostrar"},
    Before{Phrase::SmallGroupsWhy,
           "Progress is shown only for larger groups, to protect each learner's privacy.",
           "El progreso solo se muestra en grupos más grandes, para proteger la privacidad de "
           "cada estudiante."},
    Before{Phrase::PageOf, "Page 7 of Sep 8", "Página 7 de Sep 8"},
    Before{Phrase::NowShare, "7 mastered", "7 con dominio"},
    Before{Phrase::StartShare, "started at 7", "al inicio: 7"},
    Before{Phrase::NotShownOneSide, "not shown: too few learners on one side",
           "no se muestra: muy pocos estudiantes de un lado"},
    Before{Phrase::NoStartFigure, "no figure for the start of term",
           "sin dato del inicio del trimestre"},
    Before{Phrase::WallCaption, "At or above mastery: now, and at the start of term (7)",
           "Con dominio: ahora y al inicio del trimestre (7)"},
    Before{Phrase::WallCaptionNoStart, "At or above mastery now", "Con dominio ahora"},
    Before{Phrase::BoardTitle, "Mastery by grade", "Dominio por grado"},
    Before{Phrase::BoardCaption, "Share of each grade's learners at or above mastery in each area",
           "Porcentaje de estudiantes de cada grado con dominio en cada área"},
    Before{Phrase::LegendSmall, "\u2014 fewer than 7 learners", "\u2014 menos de 7 estudiantes"},
    Before{Phrase::LegendOneSide, "* not shown: fewer than 7 learners on one side",
           "* no se muestra: menos de 7 estudiantes de un lado"},
    Before{Phrase::StartOfTerm, "Start of term (7)", "Inicio del trimestre (7)"},
    Before{Phrase::FourWeeksAgo, "Four weeks ago (7)", "Hace cuatro semanas (7)"},
    Before{Phrase::Now, "Now", "Ahora"},
    Before{Phrase::SpotlightSmall, "Growth not shown: fewer than 7 learners",
           "No se muestra el progreso: menos de 7 estudiantes"},
    Before{Phrase::SpotlightEarly, "Growth is shown after the first two weeks of term",
           "El progreso se muestra después de las dos primeras semanas del trimestre"},
    Before{Phrase::NoEvidenceYet, "No evidence yet", "Todavía no hay evidencia"},
    Before{Phrase::SmallClassesNotCounted, "Learners in classes under 7 are not counted here",
           "Aquí no se cuentan los estudiantes de clases de menos de 7"},
};

bool has(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// "{0,1}", or "unparsable": argument numbers as a failed check can print them.
std::string shown(const std::optional<std::set<int>>& numbers) {
    if (!numbers) return "unparsable";
    std::string out = "{";
    for (int n : *numbers)
        out += (out.size() > 1 ? "," : "") + std::to_string(n);
    return out + "}";
}

Days day(int y, unsigned m, unsigned d) {
    return Days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

} // namespace

TEST_CASE("Wording: a phrase in a language with a catalog, arguments filled") {
    CHECK(phrase(Phrase::SuppressedSmallGroup, "en", {"10"}) ==
          "Not shown: fewer than 10 learners");
    CHECK(phrase(Phrase::SuppressedSmallGroup, "es-US", {"10"}) ==
          "No se muestra: menos de 10 estudiantes");
    CHECK(phrase(Phrase::ChangeUp, "en", {"5", "Sep 8"}) == "+5 points since Sep 8");
    CHECK(phrase(Phrase::PageOf, "es", {"2", "3"}) == "Página 2 de 3");
    CHECK(phrase(Phrase::PageOf, "fr", {"2", "3"}) == "Page 2 sur 3");
    CHECK(phrase(Phrase::SomeoneInSection, "ar", {"غرفة 12"}) == "أحد طلاب غرفة 12");
}

TEST_CASE("Wording: English and Spanish read exactly as before the catalogs") {
    REQUIRE(kBefore.size() == allPhrases().size());
    for (const auto& before : kBefore) {
        CAPTURE(phraseName(before.key));
        CHECK(phrase(before.key, "en", {"7", "Sep 8"}) == before.en);
        CHECK(phrase(before.key, "en-US", {"7", "Sep 8"}) == before.en);
        CHECK(phrase(before.key, "es", {"7", "Sep 8"}) == before.es);
        CHECK(phrase(before.key, "es-MX", {"7", "Sep 8"}) == before.es);
    }
}

TEST_CASE("Wording: which languages have catalogs, and how tags find them") {
    for (const char* lang : {"en", "es", "ar", "bn", "zh-Hans", "zh-Hant", "fr", "ht", "ko", "ru",
                             "ur", "en-GB", "es-MX", "fr-CA", "zh", "zh-TW", "zh_CN", "ZH-hant"}) {
        CAPTURE(lang);
        CHECK(hasPhrases(lang));
    }
    CHECK(phrase(Phrase::Now, "zh") == "现在");
    CHECK(phrase(Phrase::Now, "zh-CN") == "现在");
    CHECK(phrase(Phrase::Now, "zh-Hant") == "現在");
    CHECK(phrase(Phrase::Now, "zh-TW") == "現在");
    CHECK(phrase(Phrase::Now, "zh-HK") == "現在");
}

TEST_CASE("Wording: a language without a catalog reads English, and says it has none") {
    for (const char* lang : {"de", "pt-BR", "", "not a tag"}) {
        CAPTURE(lang);
        CHECK_FALSE(hasPhrases(lang));
        CHECK(phrase(Phrase::Now, lang) == "Now");
        CHECK(phrase(Phrase::CountdownDays, lang, {"3"}) == "in 3 days");
        CHECK(gradeTitle(7, lang) == "Grade 7");
        CHECK(shortDate(day(2026, 9, 8), lang) == "Sep 8");
    }
}

TEST_CASE("Wording: every catalog has every key, translated, with the English source's "
          "arguments") {
    std::set<std::string_view> known;
    for (auto c : detail::requiredContexts())
        known.insert(c);
    for (auto c : detail::optionalContexts())
        known.insert(c);
    REQUIRE(detail::catalogs().size() >= 11);
    const auto& english = detail::englishCatalog();
    for (const auto& catalog : detail::catalogs()) {
        CAPTURE(catalog.language);
        for (auto context : detail::requiredContexts()) {
            CAPTURE(context);
            const auto* e = find(catalog, context);
            REQUIRE(e != nullptr);
            CHECK(detail::patternIn(catalog, context).has_value());
        }
        for (const auto& e : catalog.entries) {
            CAPTURE(e.context);
            CHECK(known.contains(e.context)); // a misspelled msgctxt is never looked up
            if (const auto* source = find(english, e.context)) CHECK(e.source == source->source);
            const auto sourceArgs = shown(detail::argumentNumbers(e.source));
            CHECK(sourceArgs != "unparsable");
            if (e.translation.empty()) continue;
            CHECK(shown(detail::argumentNumbers(e.translation)) == sourceArgs);
        }
    }
}

TEST_CASE("Wording: every phrase key is named, once") {
    std::set<std::string_view> names;
    for (auto key : allPhrases()) {
        CAPTURE(static_cast<int>(key));
        CHECK_FALSE(phraseName(key).empty());
        CHECK(names.insert(phraseName(key)).second);
    }
}

TEST_CASE("Wording: every phrase reads in every catalog language and fills every argument") {
    const auto languages = detail::catalogs().size();
    for (auto key : allPhrases()) {
        CAPTURE(phraseName(key));
        const auto every = phraseInEvery(key, {"7", "8"});
        CHECK(every.size() == languages);
        for (const auto& [lang, text] : every) {
            CAPTURE(lang);
            CHECK_FALSE(text.empty());
            CHECK(text.find('{') == std::string::npos);
            CHECK(text.find('}') == std::string::npos);
        }
    }
}

TEST_CASE("Wording: each catalog's header asks for a fluent reviewer") {
    for (const auto& catalog : detail::catalogs()) {
        CAPTURE(catalog.language);
        CHECK(has(catalog.header, "alert wording"));
        if (catalog.language == "en") continue;
        const bool draft = has(catalog.header, "A fluent speaker must review it");
        CHECK((draft || has(catalog.header, "Reviewed by ")));
    }
}

TEST_CASE("Wording: the catalogs compiled in are the catalog files") {
    std::set<std::string> files, compiled;
    const auto dir = std::filesystem::path(LANTERN_SOURCE_DIR) / "src/core/wording/catalogs";
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".po") files.insert(e.path().stem().string());
    for (const auto& catalog : detail::catalogs())
        compiled.insert(std::string(catalog.language));
    CHECK(files == compiled);
    CHECK(files.size() == 11);
}

TEST_CASE("Wording: plural forms follow ICU's rules for each language") {
    SUBCASE("Arabic has six forms: 0 zero, 1 one, 2 two, 3-10 few, 11-99 many, 100 other") {
        CHECK(phrase(Phrase::CountdownDays, "ar", {"0"}) == "اليوم");
        CHECK(phrase(Phrase::CountdownDays, "ar", {"1"}) == "غدًا");
        CHECK(phrase(Phrase::CountdownDays, "ar", {"2"}) == "بعد يومين");
        CHECK(phrase(Phrase::CountdownDays, "ar", {"3"}) == "بعد 3 أيام");
        CHECK(phrase(Phrase::CountdownDays, "ar", {"11"}) == "بعد 11 يومًا");
        CHECK(phrase(Phrase::CountdownDays, "ar", {"100"}) == "بعد 100 يوم");
        CHECK(phrase(Phrase::SuppressedSmallGroup, "ar", {"10"}) == "لا يُعرض: أقل من 10 طلاب");
        CHECK(phrase(Phrase::SuppressedSmallGroup, "ar", {"20"}) == "لا يُعرض: أقل من 20 طالبًا");
    }
    SUBCASE("Russian: 1 and 21 one, 2 few, 5 and 11 many") {
        CHECK(phrase(Phrase::CountdownDays, "ru", {"1"}) == "через 1 день");
        CHECK(phrase(Phrase::CountdownDays, "ru", {"2"}) == "через 2 дня");
        CHECK(phrase(Phrase::CountdownDays, "ru", {"5"}) == "через 5 дней");
        CHECK(phrase(Phrase::CountdownDays, "ru", {"11"}) == "через 11 дней");
        CHECK(phrase(Phrase::CountdownDays, "ru", {"21"}) == "через 21 день");
        CHECK(phrase(Phrase::SuppressedSmallGroup, "ru", {"10"}) ==
              "Не показано: менее 10 учащихся");
    }
    SUBCASE("French counts 0 and 1 as one") {
        CHECK(phrase(Phrase::CountdownDays, "fr", {"1"}) == "dans 1 jour");
        CHECK(phrase(Phrase::CountdownDays, "fr", {"2"}) == "dans 2 jours");
    }
    SUBCASE("a count that is not a number reads English rather than a wrong form") {
        CHECK(phrase(Phrase::CountdownDays, "ru", {"several"}) == "in several days");
    }
}

TEST_CASE("Wording: grades") {
    const std::vector<std::pair<int, std::string>> english{
        {-1, "a pre-K learner"}, {0, "a kindergartner"}, {1, "a 1st grader"},
        {2, "a 2nd grader"},     {3, "a 3rd grader"},    {4, "a 4th grader"},
        {8, "an 8th grader"},    {11, "an 11th grader"}, {12, "a 12th grader"},
        {13, "a 13th grader"},   {18, "an 18th grader"}, {21, "a 21st grader"},
        {22, "a 22nd grader"},   {83, "an 83rd grader"}, {111, "a 111th grader"}};
    for (const auto& [grade, text] : english) {
        CAPTURE(grade);
        CHECK(gradeLearner(grade, "en") == text);
        CHECK(graderNoun(grade, "en") == text.substr(text.find(' ') + 1));
    }
    CHECK(gradeLearner(7, "es") == "alguien de 7.º grado");
    CHECK(gradeLearner(0, "es") == "alguien de kínder");
    CHECK(graderNoun(-1, "es") == "estudiante de prekínder");
    CHECK(graderNoun(8, "es") == "estudiante de 8.º grado");
    CHECK(gradeTitle(0, "en") == "Kindergarten");
    CHECK(gradeTitle(-1, "en") == "Pre-K");
    CHECK(gradeTitle(10, "en") == "Grade 10");
    CHECK(gradeTitle(7, "es") == "7.º grado");
    CHECK(gradeTitle(1, "fr") == "1re année");
    CHECK(gradeTitle(2, "fr") == "2e année");
    CHECK(gradeTitle(7, "ar") == "الصف 7");
    CHECK(gradeTitle(7, "ko") == "7학년");
    CHECK(gradeTitle(7, "ht") == "7yèm ane");
}

TEST_CASE("Wording: dates") {
    CHECK(shortDate(day(2026, 9, 8), "es") == "8 de sep.");
    CHECK(longDate(day(2026, 12, 3), "en") == "Thursday, December 3");
    constexpr std::array<std::string_view, 12> enMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    constexpr std::array<std::string_view, 12> esMonths{"ene.", "feb.", "mar.", "abr.",
                                                        "may.", "jun.", "jul.", "ago.",
                                                        "sep.", "oct.", "nov.", "dic."};
    for (unsigned m = 1; m <= 12; ++m) {
        CAPTURE(m);
        CHECK(shortDate(day(2026, m, 14), "en") == std::string(enMonths.at(m - 1)) + " 14");
        CHECK(shortDate(day(2026, m, 14), "es") == "14 de " + std::string(esMonths.at(m - 1)));
    }
    // 2026-09-06 is a Sunday.
    CHECK(longDate(day(2026, 9, 6), "en") == "Sunday, September 6");
    CHECK(longDate(day(2026, 9, 9), "en") == "Wednesday, September 9");
    CHECK(longDate(day(2026, 9, 12), "en") == "Saturday, September 12");
    CHECK(longDate(day(2026, 9, 9), "es") == "miércoles, 9 de septiembre");
    CHECK(longDate(day(2026, 9, 12), "es") == "sábado, 12 de septiembre");
    CHECK(longDate(day(2026, 12, 3), "es") == "jueves, 3 de diciembre");
    SUBCASE("other languages from ICU, with ASCII digits; Haitian Creole from its catalog") {
        CHECK(shortDate(day(2026, 9, 8), "ar") == "8 سبتمبر");
        CHECK(shortDate(day(2026, 9, 8), "zh-Hans") == "9月8日");
        CHECK(shortDate(day(2026, 9, 8), "ko") == "9월 8일");
        CHECK(longDate(day(2026, 9, 8), "fr") == "mardi 8 septembre");
        CHECK(shortDate(day(2026, 9, 8), "ht") == "8 septanm");
        CHECK(longDate(day(2026, 9, 8), "ht") == "madi 8 septanm");
    }
}

TEST_CASE("Wording: the built-in alert wording, in every catalog language") {
    const auto lockdown = alertWording("Alert.Lockdown.title");
    CHECK(lockdown.size() == detail::catalogs().size());
    CHECK(lockdown.at("en") == "Lockdown");
    CHECK(lockdown.at("es") == "Cierre de emergencia");
    CHECK(alertWording("Alert.Custom.instruction").at("es") ==
          "Sigan las instrucciones de los adultos cerca de ustedes.");
    CHECK(alertWording("Alert.Cap.title").at("en") == "Emergency alert");
    CHECK(alertWording("Alert.Nope.title").empty());
    CHECK(alertWording("Now").empty()); // phrases are not alert wording
}
