// The text engine against HarfBuzz's own hb-shape on the same font files, and the facts of each
// script it must get right. Skips cleanly where a font package is missing.
#include "core/text/TextEngine.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace lantern;

namespace {

const TextEngine* engine() {
    static const std::unique_ptr<TextEngine> e = TextEngine::open();
    return e.get();
}

std::vector<std::uint32_t> ids(const std::vector<GlyphRun>& runs) {
    std::vector<std::uint32_t> out;
    for (const auto& r : runs)
        for (const auto& g : r.glyphs)
            out.push_back(g.id);
    return out;
}

std::vector<GlyphRun> shape(std::string_view text, std::string_view lang, int px = 40) {
    return engine()->shapeLine(text, px, Weight::Regular, lang, 0, 40);
}

// hb-shape's glyph ids for `text` in `font` (face `face`), in visual order.
std::optional<std::vector<std::uint32_t>> hbShape(const GlyphRun& run, const std::string& text,
                                                  const std::string& lang) {
    const std::string command =
        "hb-shape --font-file='" + run.font + "' --face-index=" + std::to_string(run.face) +
        " --no-glyph-names --no-positions --no-clusters --language=" + lang + " '" + text +
        "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return std::nullopt;
    std::string out;
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe))
        out += buffer.data();
    if (pclose(pipe) != 0 || out.size() < 2 || out.front() != '[') return std::nullopt;
    std::vector<std::uint32_t> glyphs;
    std::stringstream in(out.substr(1, out.find(']') - 1));
    for (std::string id; std::getline(in, id, '|');)
        glyphs.push_back(static_cast<std::uint32_t>(std::stoul(id)));
    return glyphs;
}

} // namespace

TEST_CASE("TextEngine: a sentence in every language shapes as hb-shape shapes it, whole") {
    if (!engine()) return;
    const std::vector<std::pair<std::string, std::string>> sentences{
        {"en", "Every learner grows."},     {"es", "Cada estudiante crece."},
        {"fr", "Chaque élève grandit."},    {"ht", "Chak elèv grandi."},
        {"ru", "Каждый ученик растёт."},    {"ar", "كل متعلم ينمو"},
        {"ur", "ہر طالب علم ترقی کرتا ہے"}, {"bn", "প্রত্যেক শিক্ষার্থী বেড়ে ওঠে"},
        {"zh-Hans", "每个学习者都在成长"},  {"zh-Hant", "每個學習者都在成長"},
        {"ko", "모든 학습자는 성장합니다"},
    };
    int compared = 0;
    for (const auto& [lang, text] : sentences) {
        CAPTURE(lang);
        CHECK(engine()->rendersCleanly(text, lang));
        const auto runs = shape(text, lang);
        REQUIRE(runs.size() == 1); // one script, one face: one run
        const auto golden = hbShape(runs.front(), text, lang);
        if (!golden) continue; // libharfbuzz-bin not installed
        CHECK(ids(runs) == *golden);
        ++compared;
    }
    MESSAGE("compared with hb-shape: " << compared);
}

TEST_CASE("TextEngine: Bengali conjuncts and pre-base vowel signs") {
    if (!engine()) return;
    // ক + ্ + ষ: one conjunct glyph.
    CHECK(ids(shape("ক্ষ", "bn")).size() == 1);
    // কি: the vowel sign ি shows before the consonant it follows in the text.
    const auto vowel = ids(shape("\u25CCি", "bn")).front(); // the sign shows first
    const auto ki = ids(shape("কি", "bn"));
    REQUIRE(ki.size() == 2);
    CHECK(ki.front() == vowel);
}

TEST_CASE("TextEngine: Arabic letters take their joining forms, right to left") {
    if (!engine()) return;
    const auto alone = ids(shape("ب", "ar"));
    const auto three = shape("ببب", "ar");
    REQUIRE(three.size() == 1);
    CHECK(three.front().rtl);
    const auto joined = ids(three);
    REQUIRE(joined.size() == 3);
    // Final, medial, initial (in visual order, left to right): none is the isolated form.
    for (auto g : joined)
        CHECK(g != alone.front());
    CHECK(joined[0] != joined[1]);
    CHECK(joined[1] != joined[2]);
    // Glyphs go left to right on screen.
    CHECK(three.front().glyphs[0].x < three.front().glyphs[2].x);
}

TEST_CASE("TextEngine: numbers in right-to-left text keep their order") {
    if (!engine()) return;
    const auto runs = shape("غرفة 12", "ar");
    // "12" shows left of the word, its digits still reading 1 then 2.
    REQUIRE(runs.size() >= 2);
    CHECK_FALSE(runs.front().rtl);
    const auto one = ids(shape("1", "ar")), two = ids(shape("2", "ar"));
    REQUIRE(runs.front().glyphs.size() == 2);
    CHECK(runs.front().glyphs[0].id == one.front());
    CHECK(runs.front().glyphs[1].id == two.front());
}

TEST_CASE(
    "TextEngine: 骨 is drawn from the Simplified or the Traditional face, as the language says") {
    if (!engine()) return;
    const auto sc = shape("骨", "zh-Hans"), tc = shape("骨", "zh-Hant");
    REQUIRE(sc.size() == 1);
    REQUIRE(tc.size() == 1);
    CHECK(sc.front().font == tc.front().font); // one collection …
    CHECK(sc.front().face != tc.front().face); // … two faces
    CHECK(sc.front().glyphs.front().id != tc.front().glyphs.front().id);
}

TEST_CASE("TextEngine: a Spanish sentence with an Arabic name sets each script in its font") {
    if (!engine()) return;
    const std::string text = "Felicidades a مريم por su proyecto";
    const auto runs = shape(text, "es");
    REQUIRE(runs.size() >= 3);
    CHECK(engine()->rendersCleanly(text, "es"));
    bool arabic = false;
    for (const auto& r : runs)
        arabic = arabic || (r.rtl && r.font.find("Arabic") != std::string::npos);
    CHECK(arabic);
}

TEST_CASE("TextEngine: Chinese breaks between characters, never before ， or 。") {
    if (!engine()) return;
    const std::string text = "我们学习数学，也学习科学。";
    const auto breaks = engine()->lineBreaks(text, "zh-Hans");
    CHECK(breaks.size() > 5);
    for (std::size_t b : breaks) {
        CAPTURE(b);
        if (b < text.size()) {
            CHECK(text.compare(b, 3, "，") != 0);
            CHECK(text.compare(b, 3, "。") != 0);
        }
    }
    CHECK(breaks.back() == text.size());
}

TEST_CASE("TextEngine: line pitch follows the font; Nastaliq needs about two and a half em") {
    if (!engine()) return;
    CHECK(engine()->lineHeight(100, "ur") >= 240);
    CHECK(engine()->lineHeight(100, "en") < 150);
    CHECK(engine()->lineHeight(100, "ar") > engine()->lineHeight(100, "en"));
}

TEST_CASE("TextEngine: broken text is found, not drawn: a lone mark, unassigned code points") {
    if (!engine()) return;
    CHECK_FALSE(engine()->rendersCleanly("\u09C1", "bn"));    // a vowel sign with no letter
    CHECK_FALSE(engine()->rendersCleanly("abc\u0378", "en")); // unassigned
    CHECK(engine()->rendersCleanly("Hello \u25CC", "en"));    // a dotted circle written on purpose
}

TEST_CASE("TextEngine: graphemes keep a letter and its marks together") {
    if (!engine()) return;
    const std::string text = "কি ক্ষ";
    const auto g = engine()->graphemes(text);
    CHECK(g.front() == 0);
    CHECK(g.back() == text.size());
    // কি is one user-perceived character: no boundary between ক and ি.
    CHECK(std::find(g.begin(), g.end(), std::string("ক").size()) == g.end());
}
