// Every slide of every room of the demo school, as the screens would show it: readable, private,
// and drawn (under Xvfb) as a real picture.
#include "core/demo/DemoSchool.hpp"
#include "core/layout/Readability.hpp"
#include "core/layout/TextFit.hpp"
#include "core/model/ContentLookup.hpp"
#include "core/model/LocalTime.hpp"
#include "core/text/FontLocator.hpp"
#include "core/text/TextEngine.hpp"
#include "player/Screen.hpp"
#include "render/Display.hpp"
#include "render/FontSet.hpp"
#include "render/Offscreen.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>

using namespace lantern;

namespace {

struct Fixture {
    SchoolContent content =
        makeDemoSchool(DemoOptions{400, 1, Days{std::chrono::year{2026} / 11 / 20}});
    Instant monday = *parseLocalTime("2026-11-23T08:15:00", "America/New_York");
    std::unique_ptr<TextEngine> metrics = TextEngine::open(locateFonts()->files);

    // Moments that between them bring every playlist of the demo's schedule on screen: the
    // morning arrival rule, the default, lunch, the 7B advisory slot and Innovation Night.
    std::vector<Instant> moments() const {
        std::vector<Instant> out;
        for (const char* at : {"2026-11-23T07:30:00", "2026-11-23T08:15:00", "2026-11-23T08:45:00",
                               "2026-11-23T12:00:00", "2026-12-03T18:00:00"})
            out.push_back(*parseLocalTime(at, "America/New_York"));
        return out;
    }

    // One Scene per distinct slide of every room and display at those moments.
    // `languages`, when given, overrides every room's.
    std::map<std::string, Scene> scenes(int w, int h,
                                        const std::vector<std::string>& languages = {}) const {
        std::map<std::string, Scene> out;
        ScreenPlanner planner(content, PrivacyPolicy{}, languages);
        std::vector<ScreenTarget> targets;
        for (const auto& room : content.rooms)
            targets.push_back({room.id, ""});
        for (const auto& display : content.displays)
            targets.push_back({display.roomId, display.id});
        for (const auto& target : targets)
            for (Instant at : moments()) {
                auto plan = planner.plan(target, at);
                for (const auto& slide : plan.slides)
                    if (!out.count(target.roomId + "|" + slide.id))
                        out.emplace(target.roomId + "|" + slide.id,
                                    slideScene(slide, plan, w, h, *metrics));
            }
        return out;
    }
};

std::vector<std::string> texts(const Scene& scene) {
    std::vector<std::string> out;
    for (const auto& item : scene.items)
        if (const auto* t = std::get_if<SceneText>(&item)) out.push_back(t->text);
    return out;
}

std::size_t distinctColours(const sf::Image& image) {
    std::set<sf::Uint32> colours;
    auto size = image.getSize();
    for (unsigned y = 0; y < size.y; y += 7)
        for (unsigned x = 0; x < size.x; x += 7)
            colours.insert(image.getPixel(x, y).toInteger());
    return colours.size();
}

} // namespace

TEST_CASE(
    "DemoScreens: every slide of every room passes the readability rules, both orientations") {
    Fixture f;
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        auto scenes = f.scenes(w, h);
        CHECK(scenes.size() > 20);
        for (const auto& [key, scene] : scenes) {
            auto room = key.substr(0, key.find('|'));
            const float floor = minPxAt1080ForDistance(findRoom(f.content, room)->viewingDistanceM);
            auto problems = checkReadability(scene, floor, *f.metrics);
            INFO(key << " at " << w << "x" << h << ": " << (problems.empty() ? "" : problems[0]));
            CHECK(problems.empty());
        }
    }
}

TEST_CASE("DemoScreens: learners are named only with consent, and never by full name") {
    Fixture f;
    auto publicForm = [](const Learner& l) {
        return l.givenName + " " + l.familyName.substr(0, 1) + ".";
    };
    std::set<std::string> consented;
    for (const auto& l : f.content.learners)
        if (l.consentNamePublic) consented.insert(publicForm(l));
    std::size_t namedCards = 0;
    for (const auto& [key, scene] : f.scenes(1920, 1080))
        for (const auto& text : texts(scene)) {
            INFO(key << ": " << text);
            for (const auto& l : f.content.learners) {
                CHECK(text.find(l.givenName + " " + l.familyName) == std::string::npos);
                // A non-consenting learner's public form may appear only as a consenting
                // namesake's.
                if (!l.consentNamePublic && !consented.count(publicForm(l)))
                    CHECK(text.find(publicForm(l)) == std::string::npos);
            }
            namedCards += consented.count(text);
        }
    CHECK(namedCards > 0); // consented learners are celebrated by name
}

TEST_CASE("DemoScreens: each slide kind renders to a real picture (Xvfb)") {
    if (!render::displayAvailable()) {
        MESSAGE("no display: skipping the rendering check");
        return;
    }
    Fixture f;
    render::FontSet fonts({f.metrics->latinFiles().regular, f.metrics->latinFiles().bold});
    std::set<std::string> kindsDrawn;
    for (const auto& [key, scene] : f.scenes(1920, 1080)) {
        if (kindsDrawn.count(scene.slide.kind)) continue;
        auto image = render::renderSceneToImage(scene, fonts);
        REQUIRE(image.getSize() == sf::Vector2u(1920, 1080));
        INFO(key);
        CHECK(distinctColours(image) > 30);
        kindsDrawn.insert(scene.slide.kind);
    }
    CHECK(kindsDrawn == std::set<std::string>{"habit", "progress", "celebrations", "mission",
                                              "announcement", "quote", "class-wall", "grade-board",
                                              "competency-spotlight"});
}

TEST_CASE("DemoScreens: every slide in every demo language is shaped whole and stays readable") {
    Fixture f;
    for (const char* lang : {"es", "ar", "bn", "zh-Hans"}) {
        std::size_t inLang = 0;
        for (const auto& [key, scene] : f.scenes(1920, 1080, {"en", lang})) {
            CAPTURE(lang);
            CAPTURE(key);
            auto room = key.substr(0, key.find('|'));
            const float floor = minPxAt1080ForDistance(findRoom(f.content, room)->viewingDistanceM);
            const auto problems = checkReadability(scene, floor, *f.metrics);
            CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems[0]));
            for (const auto& item : scene.items) {
                const auto* t = std::get_if<SceneText>(&item);
                if (!t || t->font != FontFamily::Text) continue;
                if (t->lang == lang) ++inLang;
                bool ink = false;
                for (const auto& line : t->lines) {
                    CHECK_MESSAGE(f.metrics->rendersCleanly(line, t->lang), line);
                    ink = ink || line.find_first_not_of(' ') != std::string::npos;
                }
                if (ink) CHECK_FALSE(t->runs.empty());
                for (const auto& run : t->runs)
                    for (const auto& glyph : run.glyphs)
                        CHECK(glyph.id != 0);
            }
        }
        CHECK(inLang > 50); // the demo's texts and Lantern's own wording are there in `lang`
    }
}
