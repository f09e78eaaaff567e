#include "core/wording/Wording.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("Wording: a phrase in a language with a table, arguments filled") {
    CHECK(phrase(Phrase::SuppressedSmallGroup, "en", {"10"}) ==
          "Not shown: fewer than 10 learners");
    CHECK(phrase(Phrase::SuppressedSmallGroup, "es-US", {"10"}) ==
          "No se muestra: menos de 10 estudiantes");
    CHECK(phrase(Phrase::ChangeUp, "en", {"5", "Sep 8"}) == "+5 points since Sep 8");
    CHECK(phrase(Phrase::PageOf, "es", {"2", "3"}) == "Página 2 de 3");
}

TEST_CASE("Wording: a language without a table reads English, and says it has none") {
    CHECK_FALSE(hasPhrases("fr"));
    CHECK(hasPhrases("en-GB"));
    CHECK(hasPhrases("es"));
    CHECK(phrase(Phrase::Now, "fr") == "Now");
}

TEST_CASE("Wording: every phrase has both tables and fills every argument it names") {
    for (int k = 0; k <= static_cast<int>(Phrase::SmallClassesNotCounted); ++k) {
        const auto key = static_cast<Phrase>(k);
        CAPTURE(k);
        const auto every = phraseInEvery(key, {"A", "B"});
        REQUIRE(every.size() == 2);
        CHECK_FALSE(every.at("en").empty());
        CHECK_FALSE(every.at("es").empty());
        CHECK(every.at("en").find('{') == std::string::npos);
        CHECK(every.at("es").find('{') == std::string::npos);
    }
}

TEST_CASE("Wording: grades and dates in both languages") {
    CHECK(gradeLearner(8, "en") == "an 8th grader");
    CHECK(gradeLearner(7, "es") == "alguien de 7.º grado");
    CHECK(gradeTitle(0, "en") == "Kindergarten");
    CHECK(shortDate(Days{std::chrono::year{2026} / 9 / 8}, "es") == "8 de sep.");
    CHECK(longDate(Days{std::chrono::year{2026} / 12 / 3}, "en") == "Thursday, December 3");
}
