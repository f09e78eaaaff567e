#include "core/layout/LayoutAlert.hpp"

#include "core/alerts/Alerts.hpp"
#include "core/layout/Readability.hpp"
#include "core/text/FontFiles.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <set>

using namespace lantern;
using lantern::testing::notoMeasurer;
using lantern::testing::WideMeasurer;

namespace {

const Instant kNow{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23}};

std::vector<SceneText> texts(const Scene& s) {
    std::vector<SceneText> out;
    for (const auto& item : s.items)
        if (auto* t = std::get_if<SceneText>(&item)) out.push_back(*t);
    return out;
}

Alert longCap() {
    Alert a;
    a.id = "cap-1";
    a.kind = AlertKind::Cap;
    a.headline = {{"en", "SEVERE THUNDERSTORM WARNING"}, {"es", "AVISO DE TORMENTA SEVERA"}};
    a.instruction = {{"en", "TAKE COVER IN A SUBSTANTIAL SHELTER UNTIL THE STORM PASSES."},
                     {"es", "REFÚGIESE EN UN EDIFICIO SÓLIDO HASTA QUE PASE LA TORMENTA."}};
    std::string longText;
    for (int i = 0; i < 12; ++i)
        longText += "HAIL, INTENSE RAIN AND STRONG DAMAGING WINDS ARE LIKELY WITH THIS STORM. ";
    a.description = {{"en", longText}, {"es", longText}};
    return a;
}

} // namespace

TEST_CASE("LayoutAlert: readable in landscape and portrait, en and es, with every kind") {
    auto noto = notoMeasurer();
    WideMeasurer wide;
    const TextMeasurer& m = noto ? *noto : static_cast<const TextMeasurer&>(wide);
    std::vector<Alert> alerts;
    for (auto k : {AlertKind::Lockdown, AlertKind::Shelter, AlertKind::Evacuate, AlertKind::Hold})
        alerts.push_back(builtInAlert(k, std::nullopt, {}, kNow));
    alerts.push_back(builtInAlert(AlertKind::Custom, "Early dismissal at noon today.", {}, kNow));
    alerts.push_back(longCap());
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}, std::pair{1280, 720}}) {
        for (const auto& alert : alerts) {
            CAPTURE(w);
            CAPTURE(alertKindName(alert.kind));
            LayoutContext ctx{w, h, {"en", "es"}, m};
            auto scene = layoutAlert(alert, ctx);
            CHECK(checkReadability(scene, 28, m).empty());
            CHECK(scene.slide.kind == "alert");
        }
    }
}

TEST_CASE("LayoutAlert: white on deep red, at least 7:1, one static colour") {
    AlertTheme theme;
    CHECK(contrastRatio(theme.ink, theme.fill) >= 7.0);
    WideMeasurer m;
    auto scene = layoutAlert(builtInAlert(AlertKind::Lockdown, std::nullopt, {}, kNow),
                             LayoutContext{1920, 1080, {"en", "es"}, m});
    CHECK(scene.background == theme.fill);
    for (const auto& t : texts(scene)) {
        CHECK(t.color == theme.ink);
        CHECK(t.background == theme.fill);
    }
}

TEST_CASE("LayoutAlert: every school language the alert has, headline biggest") {
    WideMeasurer m;
    auto alert = builtInAlert(AlertKind::Evacuate, std::nullopt, {}, kNow);
    SUBCASE("landscape puts en and es side by side, portrait stacks them") {
        auto land = layoutAlert(alert, LayoutContext{1920, 1080, {"en", "es"}, m});
        auto ts = texts(land);
        REQUIRE(ts.size() == 4);
        CHECK(ts[0].lang == "en");
        CHECK(ts[2].lang == "es");
        CHECK(ts[2].box.x > ts[0].box.right());
        CHECK(ts[0].weight == Weight::Bold);
        CHECK(ts[0].fontPx > ts[1].fontPx);
        CHECK(ts[0].fontPx == ts[2].fontPx); // regions read evenly
        auto portrait = texts(layoutAlert(alert, LayoutContext{1080, 1920, {"en", "es"}, m}));
        REQUIRE(portrait.size() == 4);
        CHECK(portrait[2].box.y > portrait[1].box.bottom());
    }
    SUBCASE("a school language the alert lacks is left out; none at all falls back to English") {
        alert.headline = {{"en", "Evacuate"}, {"es", "Evacuación"}}; // a CAP alert in two languages
        alert.instruction = {{"en", "Leave now."}, {"es", "Salgan ahora."}};
        auto ts = texts(layoutAlert(alert, LayoutContext{1920, 1080, {"es", "ko"}, m}));
        std::set<std::string> langs;
        for (const auto& t : ts)
            langs.insert(t.lang);
        CHECK(langs == std::set<std::string>{"es"});
        auto ko = texts(layoutAlert(alert, LayoutContext{1920, 1080, {"ko"}, m}));
        REQUIRE_FALSE(ko.empty());
        CHECK(ko[0].lang == "en");
    }
    SUBCASE("four languages make a grid that still fits") {
        Alert many = alert;
        for (std::string l : {"fr", "ht"}) {
            many.headline[l] = "Évacuation";
            many.instruction[l] = "Sortez maintenant par la sortie sûre la plus proche.";
        }
        auto scene = layoutAlert(many, LayoutContext{1920, 1080, {"en", "es", "fr", "ht"}, m});
        CHECK(checkReadability(scene, 28, m).empty());
        std::set<std::string> langs;
        for (const auto& t : texts(scene))
            langs.insert(t.lang);
        CHECK(langs.size() == 4);
    }
}

TEST_CASE("LayoutAlert: no word is broken to make a headline bigger") {
    WideMeasurer m;
    Alert a = builtInAlert(AlertKind::Hold, std::nullopt, {}, kNow);
    a.headline = {{"en", "Supercalifragilistic"}};
    auto ts = texts(layoutAlert(a, LayoutContext{1080, 1920, {"en"}, m}));
    REQUIRE_FALSE(ts.empty());
    CHECK(ts[0].lines == std::vector<std::string>{"Supercalifragilistic"});
}
