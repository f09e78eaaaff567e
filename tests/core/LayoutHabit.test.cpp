#include "core/IconFont.hpp"
#include "core/Readability.hpp"
#include "core/SceneJson.hpp"
#include "core/SlideLayout.hpp"

#include "LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <cmath>

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
