// `lantern-bench --wall-frames`: frame times of the celebration wall while its six cards enter
// (SceneEnter: staggered fade and rise, the canvas redrawn every frame until the last card has
// landed), against steady frames of the same wall. Figures for issue notes, not a test.
#include "bench/BenchFrames.hpp"
#include "bench/BenchStats.hpp"
#include "bench/BenchWall.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/publicview/PublicView.hpp"
#include "core/schedule/Playlist.hpp"
#include "core/schedule/SlidePages.hpp"
#include "player/ScreenFonts.hpp"
#include "player/Settings.hpp"
#include "render/Display.hpp"
#include "render/FontSet.hpp"
#include "render/Stage.hpp"

#include <SFML/Graphics.hpp>

#include <algorithm>
#include <cstdio>

namespace lantern {
namespace {

constexpr float kFrame = 1.f / 30; // the player's rate during transitions

void print(const char* name, const Samples& s) {
    std::printf("  %-34s %6zu %8.2f ms %8.2f ms\n", name, s.size(), s.quantile(0.5),
                s.quantile(0.99));
}

// The first page of a wall of six approved celebrations, laid out for w x h.
Scene sixCardWall(const Fonts& fonts, int w, int h) {
    const auto content = benchWallSchool(6);
    const auto pub =
        buildPublicContent(content, PrivacyPolicy{}, Days{std::chrono::year{2026} / 11 / 20});
    const auto pages = celebrationPages(pub.celebrations);
    if (pages.empty()) throw CommandError("bench: the demo wall has no cards", 1);
    Slide slide{"celebrations/1", SlideKind::Celebrations, "bench", std::chrono::seconds(15),
                pages.front()};
    return layoutSlide(slide,
                       LayoutContext{w, h, {"en", "es"}, *fonts.metrics, 3.0, fonts.icons.get()});
}

struct Run {
    Samples entering, steady, show;
};

// Shows the wall `entrances` times on `stage`, timing every frame from its appearance until its
// last card has entered, then a second of steady frames.
Run measure(render::Stage& stage, sf::RenderWindow& window, const Scene& wall, int entrances) {
    Run run;
    float clock = 10;
    const float enterSeconds = static_cast<float>(enterEndMs(wall)) / 1000.f;
    for (int i = 0; i < entrances; ++i) {
        const auto begin = Steady::now();
        stage.show(wall);
        run.show.add(msSince(begin));
        const float start = clock;
        while (clock <= start + enterSeconds + kFrame)
            run.entering.add(timedFrame(stage, window, clock += kFrame));
        for (int f = 0; f < 30; ++f)
            run.steady.add(timedFrame(stage, window, clock += kFrame));
    }
    return run;
}

} // namespace

int runWallFramesBench(const Settings& settings, int w, int h, int entrances) {
    const auto fonts = loadFonts(settings.config);
    const Scene wall = sixCardWall(fonts, w, h);
    BenchWindow screen(w, h, fonts);
    auto& window = screen.window;
    auto& drawFonts = screen.drawFonts;
    render::Stage::Options options;
    options.paths = renderPaths(settings.config);
    render::Stage faded(drawFonts, options); // the player's default one-second crossfade
    options.fadeSeconds = 0;
    render::Stage plain(drawFonts, options); // entrances alone
    Run withFade = measure(faded, window, wall, entrances);
    Run alone = measure(plain, window, wall, entrances);

    std::printf("lantern-bench --wall-frames: a 6-card wall entering %d times, %dx%d, shaders %s,"
                " cards enter over %d ms\n",
                entrances, w, h, faded.shadersActive() ? "on" : "off (fallback)", enterEndMs(wall));
    std::printf("  %-34s %6s %11s %11s\n", "frames", "count", "median", "p99");
    print("cards entering (no crossfade)", alone.entering);
    print("cards entering during crossfade", withFade.entering);
    print("steady wall after entering", alone.steady);
    print("show(): canvas + entrance setup", alone.show);
    return 0;
}

} // namespace lantern
