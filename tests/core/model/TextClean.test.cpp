#include "core/model/TextClean.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("TextClean: emoji leave public text and the words around them close up") {
    CHECK(withoutEmoji("Great job 🎉 team!") == "Great job team!");
    CHECK(withoutEmoji("👍🏽 Revised twice") == "Revised twice");
    CHECK(withoutEmoji("Family 👨‍👩‍👧 night ❤️") == "Family night");
    CHECK(withoutEmoji("🇲🇽 Noche de Innovación") == "Noche de Innovación");
}

TEST_CASE("TextClean: letters of every script, punctuation and spacing stay as typed") {
    CHECK(withoutEmoji("Noche de Innovación – 5:00–8:30 pm") ==
          "Noche de Innovación – 5:00–8:30 pm");
    CHECK(withoutEmoji("Привет, 你好, مرحبا") == "Привет, 你好, مرحبا");
    CHECK(withoutEmoji("") == "");
    CHECK(withoutEmoji("bad \xff byte") == "bad byte");
}
