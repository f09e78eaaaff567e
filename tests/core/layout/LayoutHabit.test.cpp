#include "core/demo/DemoSchool.hpp"
#include "core/layout/Readability.hpp"
#include "core/layout/SceneJson.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/publicview/PublicView.hpp"
#include "core/text/IconFont.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace lantern;
using lantern::testing::notoMeasurer;
using lantern::testing::WideMeasurer;

namespace {

Slide iconHabitSlide(std::string icon) {
    HabitSlideData h;
    h.habitId = "collaboration";
    h.name = {{"en", "Collaboration"}, {"es", "Colaboración"}};
    h.meaning = {{"en", "We work together so everyone's ideas make the work better."},
                 {"es", "Trabajamos juntos para que las ideas de todos mejoren el trabajo."}};
    h.indicators = {{{"en", "I listen to understand."}, {"es", "Escucho para entender."}},
                    {{"en", "I share the work."}, {"es", "Comparto el trabajo."}}};
    h.color = "#0072B2";
    h.icon = std::move(icon);
    return Slide{"habit/collaboration", SlideKind::Habit, "default rotation", {}, h};
}

std::vector<const SceneText*> icons(const Scene& scene) {
    std::vector<const SceneText*> out;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item); t && t->font == FontFamily::Icons)
            out.push_back(t);
    return out;
}

const SceneText* nameText(const Scene& scene) {
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item); t && t->text == "Collaboration") return t;
    return nullptr;
}

} // namespace

TEST_CASE("LayoutHabit: the spotlight shows the habit's icon on a badge of its colour") {
    auto font = IconFont::open(kMaterialIconsPath);
    if (!font) {
        MESSAGE("skipped: fonts-material-design-icons-iconfont is not installed");
        return;
    }
    WideMeasurer wide;
    auto noto = notoMeasurer();
    for (const TextMeasurer* m : std::vector<const TextMeasurer*>{&wide, noto.get()}) {
        if (!m) continue;
        for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}, {1280, 720}, {3840, 2160}}) {
            CAPTURE(w);
            CAPTURE(h);
            LayoutContext ctx{w, h, {"en", "es"}, *m};
            ctx.icons = font.get();
            Scene scene = layoutSlide(iconHabitSlide("groups"), ctx);
            auto found = icons(scene);
            REQUIRE(found.size() == 1);
            const SceneText& icon = *found[0];
            CHECK(icon.text == encodeUtf8(0xF233));
            CHECK(icon.lines == std::vector<std::string>{icon.text});
            CHECK(icon.background == *Color::fromHex("#0072B2"));
            CHECK(icon.lang == "zxx");
            const SceneText* name = nameText(scene);
            REQUIRE(name);
            CHECK(icon.fontPx >= name->fontPx);
            CHECK(icon.box.x >= name->box.right()); // beside the name, never over it
            CHECK(icon.box.x == std::round(icon.box.x));
            CHECK(icon.box.y == std::round(icon.box.y));
            auto violations = checkReadability(scene, 28.f, *m);
            for (const auto& v : violations)
                MESSAGE(v);
            CHECK(violations.empty());
        }
    }
}

TEST_CASE("LayoutHabit: no icon font, no icon name or an unknown name draws no icon") {
    WideMeasurer m;
    LayoutContext plain{1920, 1080, {"en", "es"}, m};
    const std::string without = sceneToJsonText(layoutSlide(iconHabitSlide(""), plain));
    CHECK(sceneToJsonText(layoutSlide(iconHabitSlide("groups"), plain)) == without);
    auto font = IconFont::open(kMaterialIconsPath);
    if (!font) return;
    LayoutContext withFont{1920, 1080, {"en", "es"}, m};
    withFont.icons = font.get();
    CHECK(sceneToJsonText(layoutSlide(iconHabitSlide(""), withFont)) == without);
    CHECK(sceneToJsonText(layoutSlide(iconHabitSlide("no_such_icon"), withFont)) == without);
}

// ---- sounds like, and far rooms -----------------------------------------------------------------

namespace {

// The demo's habits as PublicView builds them (sounds-like lines included).
std::vector<HabitSlideData> demoHabitSlides() {
    const Days today{std::chrono::year{2026} / 11 / 20};
    return buildPublicContent(makeDemoSchool(), PrivacyPolicy{}, today).habits;
}

Slide slideOf(const HabitSlideData& h) {
    return Slide{"habit/" + h.habitId, SlideKind::Habit, "default rotation", {}, h};
}

std::vector<const SceneText*> words(const Scene& scene) {
    std::vector<const SceneText*> out;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item); t && t->font != FontFamily::Icons)
            out.push_back(t);
    return out;
}

const SceneText* findRun(const Scene& scene, const std::string& s) {
    for (const SceneText* t : words(scene))
        if (t->text == s) return t;
    return nullptr;
}

// The run's lines say its whole text: nothing cut, no "…" added.
bool whole(const SceneText& t) {
    std::string joined;
    for (const auto& line : t.lines)
        joined += (joined.empty() ? "" : " ") + line;
    return joined == t.text && (t.lines.empty() || !t.lines.back().ends_with("\u2026"));
}

struct Screen {
    int w, h;
};

const Screen kScreens[] = {{1920, 1080}, {1080, 1920}, {1280, 720}, {3840, 2160}};

} // namespace

TEST_CASE("LayoutHabit: the spotlight shows looks-like and quoted sounds-like lines, readable") {
    WideMeasurer wide;
    auto noto = notoMeasurer();
    for (const TextMeasurer* m : std::vector<const TextMeasurer*>{&wide, noto.get()}) {
        if (!m) continue;
        for (const HabitSlideData& h : demoHabitSlides()) {
            REQUIRE(h.soundsLike.size() == 2);
            for (Screen s : kScreens) {
                CAPTURE(h.habitId);
                CAPTURE(s.w);
                CAPTURE(s.h);
                Scene scene = layoutSlide(slideOf(h), LayoutContext{s.w, s.h, {"en", "es"}, *m});
                for (const char* heading : {"Looks like", "Así se ve", "Sounds like", "Así se oye"})
                    CHECK(findRun(scene, heading));
                CHECK_FALSE(findRun(scene, "What it looks like"));
                std::size_t sounds = 0, looks = 0;
                for (const auto& line : h.soundsLike) {
                    const SceneText* en = findRun(scene, "\u201C" + line.at("en") + "\u201D");
                    const SceneText* es = findRun(scene, "\u201C" + line.at("es") + "\u201D");
                    if (!en) continue;
                    ++sounds;
                    REQUIRE(es); // never one language without the other
                    CHECK(es->lang == "es");
                    CHECK(whole(*en));
                    CHECK(whole(*es));
                }
                for (const auto& line : h.indicators)
                    if (findRun(scene, line.at("en"))) ++looks;
                CHECK(sounds >= 1);
                CHECK(looks >= 1);
                if (s.h > s.w) CHECK(looks + sounds >= 4); // portrait has room for more
                auto violations = checkReadability(scene, 28.f, *m);
                for (const auto& v : violations)
                    MESSAGE(v);
                CHECK(violations.empty());
            }
        }
    }
}

TEST_CASE("LayoutHabit: without sounds-like text the layout is as before") {
    WideMeasurer m;
    Slide plain = iconHabitSlide("");
    Slide blank = plain;
    std::get<HabitSlideData>(blank.data).soundsLike = {{{"en", "  "}}, {{"es", "\U0001F389"}}};
    for (Screen s : kScreens) {
        LayoutContext ctx{s.w, s.h, {"en", "es"}, m};
        Scene scene = layoutSlide(plain, ctx);
        CHECK(sceneToJsonText(layoutSlide(blank, ctx)) == sceneToJsonText(scene));
        CHECK(findRun(scene, "What it looks like"));
        CHECK(findRun(scene, "Habits of a Learner"));
        CHECK_FALSE(findRun(scene, "Sounds like"));
    }
}

TEST_CASE("LayoutHabit: far rooms keep every shown text whole, in both languages") {
    auto font = IconFont::open(kMaterialIconsPath);
    WideMeasurer wide;
    auto noto = notoMeasurer();
    auto habits = demoHabitSlides();
    HabitSlideData longOne = habits.front(); // a long Spanish indicator must not be cut
    longOne.indicators[0]["es"] = "Reviso mi trabajo usando los comentarios de mi maestra, de mi "
                                  "maestro y de mis compañeros de clase, hasta que mi evidencia "
                                  "demuestra lo que aprendí.";
    habits.push_back(longOne);
    for (const TextMeasurer* m : std::vector<const TextMeasurer*>{&wide, noto.get()}) {
        if (!m) continue;
        for (double metres : {4.5, 6.0}) {
            for (const HabitSlideData& h : habits) {
                for (Screen s : kScreens) {
                    CAPTURE(metres);
                    CAPTURE(h.habitId);
                    CAPTURE(s.w);
                    CAPTURE(s.h);
                    LayoutContext ctx{s.w, s.h, {"en", "es"}, *m, metres};
                    ctx.icons = font.get();
                    Scene scene = layoutSlide(slideOf(h), ctx);
                    float floor = minPxAt1080ForDistance(metres);
                    auto violations = checkReadability(scene, floor, *m);
                    for (const auto& v : violations)
                        MESSAGE(v);
                    CHECK(violations.empty());
                    for (const SceneText* t : words(scene))
                        CHECK_MESSAGE(whole(*t),
                                      t->text << " | " << t->lines.size() << " lines, " << t->fontPx
                                              << " px, box h " << t->box.h
                                              << (t->lines.empty() ? "" : " | " + t->lines.back()));
                    for (const char* lang : {"en", "es"}) {
                        CHECK(findRun(scene, h.name.at(lang)));
                        CHECK(findRun(scene, h.meaning.at(lang)));
                    }
                    int cards = 0;
                    for (const auto& line : h.indicators) // shown: in both languages
                        if (findRun(scene, line.at("en")) || findRun(scene, line.at("es"))) {
                            ++cards;
                            CHECK(findRun(scene, line.at("en")));
                            CHECK(findRun(scene, line.at("es")));
                        }
                    CHECK(cards >= 1);
                    CHECK(cards <= 2);
                    CHECK_FALSE(findRun(scene, "Habits of a Learner")); // no kicker far away
                }
            }
        }
    }
}

TEST_CASE("LayoutHabit: a far room shows a sounds-like line when there is room for one") {
    WideMeasurer m;
    HabitSlideData h = demoHabitSlides().at(2); // inquiry: short lines
    LayoutContext ctx{1080, 1920, {"en", "es"}, m, 4.5};
    Scene scene = layoutSlide(slideOf(h), ctx);
    const SceneText* quote = findRun(scene, "\u201C" + h.soundsLike[0].at("en") + "\u201D");
    REQUIRE(quote);
    CHECK(findRun(scene, "\u201C" + h.soundsLike[0].at("es") + "\u201D"));
    CHECK_FALSE(findRun(scene, "\u201C" + h.soundsLike[1].at("en") + "\u201D")); // one at most
}
