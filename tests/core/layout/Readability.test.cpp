#include "core/layout/Readability.hpp"

#include "core/layout/SlideLayout.hpp"
#include "core/schedule/Playlist.hpp"
#include "core/schedule/SlidePages.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

class FixedMeasurer final : public TextMeasurer {
public:
    float width(std::string_view s, int px, Weight, std::string_view) const override {
        return static_cast<float>(s.size()) * static_cast<float>(px) * 0.5f;
    }
    float lineHeight(int px, std::string_view) const override {
        return 1.25f * static_cast<float>(px);
    }
};

const Color kPanel{250, 246, 238};
const Color kInk{27, 36, 51};

Scene goodScene() {
    Scene s;
    s.items.push_back(SceneRect{{100, 100, 800, 200}, kPanel, 10});
    SceneText t;
    t.text = "Hello";
    t.lang = "en";
    t.fontPx = 40;
    t.lineHeight = 50;
    t.box = {120, 120, 400, 100};
    t.color = kInk;
    t.background = kPanel;
    t.lines = {"Hello"};
    s.items.push_back(t);
    return s;
}

SceneText& text(Scene& s) {
    return std::get<SceneText>(s.items[1]);
}

bool mentions(const std::vector<std::string>& v, const std::string& what) {
    for (const auto& s : v)
        if (s.find(what) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Readability: a text on its panel with good contrast passes") {
    FixedMeasurer m;
    CHECK(checkReadability(goodScene(), 28.f, m).empty());
}

TEST_CASE("Readability: each rule reports its violation") {
    FixedMeasurer m;
    Scene s = goodScene();
    SUBCASE("low contrast") {
        text(s).color = Color{200, 200, 200};
        CHECK(mentions(checkReadability(s, 28.f), "contrast"));
    }
    SUBCASE("too small for the screen") {
        text(s).fontPx = 24;
        CHECK(mentions(checkReadability(s, 28.f), "below 28"));
    }
    SUBCASE("the minimum scales with the screen") {
        s.width = 3840;
        s.height = 2160;
        CHECK(mentions(checkReadability(s, 28.f), "below 56"));
    }
    SUBCASE("off screen") {
        std::get<SceneRect>(s.items[0]).box.x = 1500;
        CHECK(mentions(checkReadability(s, 28.f), "off screen"));
    }
    SUBCASE("line wider than its box, measured") {
        text(s).lines = {"Hello Hello Hello Hello"};
        CHECK(checkReadability(s, 28.f).empty());
        CHECK(mentions(checkReadability(s, 28.f, m), "wider"));
    }
    SUBCASE("more lines than the box holds") {
        text(s).lines = {"a", "b", "c"};
        CHECK(mentions(checkReadability(s, 28.f), "more lines"));
    }
    SUBCASE("text not on a panel of its background colour") {
        text(s).background = Color{255, 255, 255};
        CHECK(mentions(checkReadability(s, 28.f), "panel"));
    }
    SUBCASE("a shape drawn over part of the panel under the text") {
        s.items.insert(s.items.begin() + 1, SceneRect{{110, 110, 50, 50}, Color{0, 0, 0}, 0});
        CHECK(mentions(checkReadability(s, 28.f), "panel"));
    }
    SUBCASE("missing language") {
        text(s).lang.clear();
        CHECK(mentions(checkReadability(s, 28.f), "no lang"));
    }
}

namespace {

// The progress boards with long bilingual texts, every marker and coded share.
std::vector<Slide> boardSlides() {
    const LangText title{{"en", "Ratios and Proportional Reasoning in the Real World"},
                         {"es", "Razones y razonamiento proporcional en el mundo real"}};
    ClassWallSlideData wall;
    wall.sectionId = "7b";
    wall.sectionTitle = {{"en", "7B Crew"}};
    wall.caption = {{"en", "At or above mastery: now, and at the start of term (Sep 8)"},
                    {"es", "Con dominio: ahora y al inicio del trimestre (8 de sep.)"}};
    for (int i = 0; i < 3; ++i)
        wall.rows.push_back({"m" + std::to_string(i),
                             "MATH." + std::to_string(i),
                             title,
                             i == 1 ? std::nullopt : std::optional<int>(i == 0 ? 5 : 95),
                             {{"en", "more than 95% mastered"}, {"es", "más del 95 % con dominio"}},
                             i == 2 ? std::nullopt : std::optional<int>(45),
                             {{"en", "started at 45%"}, {"es", "al inicio: 45 %"}}});
    GradeBoardSlideData board;
    board.title = {{"en", "Mastery by grade"}, {"es", "Dominio por grado"}};
    board.caption = {{"en", "Share of each grade's learners at or above mastery"}};
    board.legend = {{{"en", "\u2014 fewer than 10 learners"}}};
    for (int d = 0; d < 6; ++d) {
        board.domainIds.push_back("d" + std::to_string(d));
        board.domainTitles.push_back(
            {{"en", "Scientific Inquiry"}, {"es", "Indagación científica"}});
    }
    for (int g = 6; g < 14; ++g) {
        GradeBoardRow row{g, {{"en", "Grade " + std::to_string(g)}}, {}};
        for (int d = 0; d < 6; ++d)
            row.cells.push_back({d == 0 ? std::nullopt : std::optional<int>(95),
                                 {{"en", d == 0 ? "\u2014" : "more than 95%"},
                                  {"es", d == 0 ? "\u2014" : "más del 95 %"}}});
        board.rows.push_back(row);
    }
    CompetencySpotlightData spot{
        "m1",
        "MATH.1",
        title,
        {{"en", "I can use ratios and rates to compare quantities and "
                "solve real problems."},
         {"es", "Puedo usar razones y tasas para comparar cantidades y "
                "resolver problemas reales."}},
        {{"en", "Mathematical Reasoning"}},
        {{{"en", "I can write a ratio three ways."}}, {{"en", "I can find a unit rate."}}},
        {},
        {}};
    for (const char* label : {"Start of term (Sep 8)", "Four weeks ago (Oct 20)", "Now"})
        spot.figures.push_back(
            {{{"en", label}}, 40, {{"en", "40% mastered"}, {"es", "40 % con dominio"}}});
    CompetencySpotlightData withheld = spot;
    withheld.figures.clear();
    withheld.withheldText = {{"en", "Growth not shown: fewer than 10 learners"}};
    return {{"class-wall/7b", SlideKind::ClassWall, {}, {}, wall},
            {"grade-board", SlideKind::GradeBoard, {}, {}, board},
            {"competency/m1", SlideKind::CompetencySpotlight, {}, {}, spot},
            {"competency/m1", SlideKind::CompetencySpotlight, {}, {}, withheld}};
}

} // namespace

TEST_CASE("Readability: the progress boards read from 3 to 6 m at every size, both orientations") {
    auto m = lantern::testing::notoMeasurer();
    if (!m) {
        MESSAGE("Noto Sans not installed: skipping");
        return;
    }
    for (const auto& slide : boardSlides())
        for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}, std::pair{3840, 2160},
                            std::pair{1280, 720}})
            for (double metres : {3.0, 4.5, 6.0}) {
                Slide page = slide;
                if (auto* wall = std::get_if<ClassWallSlideData>(&page.data))
                    wall->rows.resize(std::min(wall->rows.size(), classWallRowsPerSlide(metres)));
                if (auto* board = std::get_if<GradeBoardSlideData>(&page.data))
                    page.data = gradeBoardPages(*board, gradeBoardColumnsPerSlide(metres),
                                                gradeBoardRowsPerSlide(metres))
                                    .front();
                LayoutContext ctx{w, h, {"en", "es"}, *m, metres};
                auto problems =
                    checkReadability(layoutSlide(page, ctx), minPxAt1080ForDistance(metres), *m);
                INFO(slide.id << " " << w << "x" << h << " at " << metres
                              << " m: " << (problems.empty() ? "" : problems.front()));
                CHECK(problems.empty());
            }
}
