#include "core/content/Translations.hpp"

#include "core/demo/DemoSchool.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

SchoolContent twoLanguages() {
    SchoolContent c;
    c.school.languages = {"en", "es"};
    return c;
}

std::vector<std::string> described(const SchoolContent& c) {
    std::vector<std::string> out;
    for (const auto& gap : missingTranslations(c))
        out.push_back(describeGap(gap));
    return out;
}

} // namespace

TEST_CASE("Translations: whitespace and emoji are no words") {
    CHECK(hasWords("Hola"));
    CHECK(hasWords(" a "));
    CHECK_FALSE(hasWords(""));
    CHECK_FALSE(hasWords(" \t\n"));
    CHECK_FALSE(hasWords("\u00A0\u3000"));
    CHECK_FALSE(hasWords("\U0001F389 \U0001F44F"));
    CHECK(hasWords("\U0001F389 Bravo"));
}

TEST_CASE("Translations: missing languages follow the school's order") {
    const std::vector<std::string> langs = {"en", "es", "fr"};
    CHECK(missingLanguages({{"en", "Hi"}}, langs) == std::vector<std::string>{"es", "fr"});
    CHECK(missingLanguages({{"en", "Hi"}, {"es", " "}, {"fr", "Salut"}}, langs) ==
          std::vector<std::string>{"es"});
    CHECK(missingLanguages({}, langs).empty());                     // nothing to translate
    CHECK(missingLanguages({{"en", "\U0001F389"}}, langs).empty()); // no words anywhere
    CHECK(missingLanguages({{"de", "Hallo"}}, langs) == std::vector<std::string>{"en", "es", "fr"});
}

TEST_CASE("Translations: every kind of public text is checked, in a stable order") {
    SchoolContent c = twoLanguages();
    c.school.mission = {{"en", "We grow."}};
    Habit late{"service", {{"en", "Service"}, {"es", "Servicio"}}, {}, {}, "", 2};
    Habit early{"inquiry",
                {{"en", "Inquiry"}, {"es", "Indagación"}},
                {{"en", "We ask."}},
                {{{"en", "I ask why."}, {"es", "Pregunto por qué."}}, {{"en", "I test."}}},
                "",
                1};
    early.soundsLike = {{{"es", "¿Por qué?"}}};
    c.habits = {late, early};
    c.domains = {{"math", "MATH", {{"en", "Math"}}, 1}};
    Competency comp;
    comp.id = "math-1";
    comp.title = {{"en", "Ratios"}, {"es", "Razones"}};
    comp.meaning = {{"en", "I can use ratios."}};
    c.competencies = {comp};
    auto celebration = [](std::string id, CelebrationStatus status) {
        Celebration x;
        x.id = std::move(id);
        x.text = {{"en", "Kept going"}, {"es", "\U0001F44F"}};
        x.status = status;
        return x;
    };
    c.celebrations = {celebration("c-1", CelebrationStatus::Approved),
                      celebration("c-2", CelebrationStatus::Rejected),
                      celebration("c-3", CelebrationStatus::Pending),
                      celebration("c-4", CelebrationStatus::Expired)};
    Announcement night;
    night.id = "night";
    night.title = {{"en", "Innovation Night"}, {"es", "Noche de innovación"}};
    night.text = {{"es", "Ven con tu familia."}};
    c.announcements = {night};
    c.quotes = {{"q1", {{"en", "I revised it."}}, {}, 8, true},
                {"q2", {{"en", "Not approved."}}, {}, 8, false}};
    CHECK(described(c) == std::vector<std::string>{
                              "mission: text has no es (shown in en)",
                              "habit inquiry: meaning has no es (shown in en)",
                              "habit inquiry: indicators[1] has no es (shown in en)",
                              "habit inquiry: soundsLike[0] has no en (shown in es)",
                              "domain math: title has no es (shown in en)",
                              "competency math-1: meaning has no es (shown in en)",
                              "celebration c-1: text has no es (shown in en)",
                              "celebration c-3: text has no es (shown in en)",
                              "announcement night: text has no en (shown in es)",
                              "quote q1: text has no es (shown in en)",
                          });
    const auto gaps = missingTranslations(c);
    CHECK(gaps[6].kind == "celebration");
    CHECK(gaps[6].id == "c-1");
    CHECK(gaps[6].field == "text");
    CHECK(gaps[6].lang == "es");
    CHECK(gaps[6].shownIn == "en");
}

TEST_CASE("Translations: a fully translated school has no gaps; so is the demo") {
    SchoolContent c = twoLanguages();
    c.school.mission = {{"en", "We grow."}, {"es", "Crecemos."}};
    CHECK(missingTranslations(c).empty());
    for (const auto& gap : missingTranslations(makeDemoSchool())) // all in en and es
        FAIL_CHECK(describeGap(gap));
}

TEST_CASE("Translations: a language the school does not use counts as missing ones") {
    SchoolContent c = twoLanguages();
    Celebration x;
    x.id = "c-9";
    x.text = {{"fr", "Bravo"}};
    c.celebrations = {x};
    CHECK(described(c) ==
          std::vector<std::string>{"celebration c-9: text has no en (shown in fr)",
                                   "celebration c-9: text has no es (shown in fr)"});
}

TEST_CASE("Translations: the overlay's summary counts texts per missing language") {
    auto gap = [](std::string lang) {
        return TranslationGap{"quote", "q", "text", std::move(lang), "en"};
    };
    const std::vector<std::string> langs = {"en", "es", "fr", "ar", "bn", "zh"};
    SUBCASE("no gap reads complete") {
        CHECK(translationSummary({}, langs) == "complete");
    }
    SUBCASE("counts follow the school's order, not the gaps'") {
        CHECK(translationSummary({gap("fr"), gap("es"), gap("es"), gap("es")}, langs) ==
              "3 texts lack es, 1 lacks fr (run lantern check)");
        CHECK(translationSummary({gap("es")}, langs) == "1 text lacks es (run lantern check)");
        CHECK(translationSummary({gap("fr"), gap("fr")}, langs) ==
              "2 texts lack fr (run lantern check)");
    }
    SUBCASE("past three languages the rest are counted, not named") {
        CHECK(translationSummary({gap("zh"), gap("bn"), gap("ar"), gap("fr"), gap("es")}, langs) ==
              "1 text lacks es, 1 lacks fr, 1 lacks ar, and 2 other languages (run lantern check)");
    }
    SUBCASE("from missingTranslations, as lantern check lists them") {
        SchoolContent c = twoLanguages();
        c.school.mission = {{"en", "We grow."}};
        c.quotes = {{"q1", {{"es", "Lo revisé."}}, {}, 8, true}};
        CHECK(translationSummary(missingTranslations(c), c.school.languages) ==
              "1 text lacks en, 1 lacks es (run lantern check)");
        CHECK(translationSummary(missingTranslations(makeDemoSchool()), {"en", "es"}) ==
              "complete");
    }
}

TEST_CASE("Translations: a text the fonts cannot draw whole is listed, with what shows instead") {
    SchoolContent c = twoLanguages();
    c.school.mission = {{"en", "Grow"}, {"es", "Crecer"}, {"bn", "\u09CD"}}; // a lone virama
    // Stands in for the text engine: a mark with no letter cannot be drawn whole.
    const DrawableCheck drawable = [](const std::string& text, const std::string&) {
        return text != "\u09CD";
    };
    const auto gaps = missingTranslations(c, drawable);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].undrawable);
    CHECK(gaps[0].lang == "bn");
    CHECK(describeGap(gaps[0]) ==
          "mission: text in bn cannot be drawn with this screen's fonts (shown in en)");
    CHECK(missingTranslations(c).empty()); // without the check only missing languages count
}
