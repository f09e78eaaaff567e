// The player loop (Player.hpp states the contract) and the state it keeps between frames.
//
// Index of this file:
// - [setup]   the display id for proof of play, the overlay's log, the window and the stage
// - [showing] what is due, laid out once and cut or crossfaded to; reloads, chores and keys
// - [frames]  the overlay's status; when a frame is due, drawing it, pacing; the contact sheet
// - [loop]    Player::run
//
// Call flow:
//   Player::run
//   ├─ runChores, openWindow
//   ├─ each turn: handleEvents, pollChanges ─ runChores, advanceIfDue, countTranslations
//   │  ├─ frameDue ─ drawFrame ─ status, captureWindow
//   │  └─ sleepUntilNextFrame
//   └─ PlayLog::finish, writeContactSheet
#include "player/Player.hpp"

#include "admin/AdminOverlay.hpp"
#include "core/content/Translations.hpp"
#include "core/model/LocalTime.hpp"
#include "player/DailyChores.hpp"
#include "player/PlayLog.hpp"
#include "player/Screen.hpp"
#include "player/ScreenFonts.hpp"
#include "player/ScreenProgram.hpp"
#include "player/StartTime.hpp"
#include "render/ContactSheet.hpp"
#include "render/FontSet.hpp"
#include "render/Stage.hpp"
#include "store/Store.hpp"

#include <SFML/Graphics.hpp>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <thread>

#include <unistd.h>

namespace lantern {
namespace {

// ---- [setup] ---------------------------------------------------------------------------------

using Steady = std::chrono::steady_clock;
constexpr auto kChangePoll = std::chrono::milliseconds(250);
constexpr auto kTransitionFrame = std::chrono::milliseconds(33);
constexpr auto kDarkFrame = std::chrono::milliseconds(1000);

// Proof of play names the display; a player started for a room records the machine instead.
std::string displayIdFor(const ScreenTarget& target) {
    if (!target.displayId.empty()) return target.displayId;
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0 || host[0] == 0) return "room:" + target.roomId;
    return std::string(host) + ":" + target.roomId;
}

// The last dozen log lines, for the status overlay. Attached once per process.
std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> logRing() {
    static auto ring = [] {
        auto r = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(12);
        spdlog::default_logger()->sinks().push_back(r);
        return r;
    }();
    return ring;
}

} // namespace

struct Player::Impl {
    PlayerOptions options;
    const Fonts& fonts;
    const Clock& clock;
    Store& store;
    ScreenProgram program;
    PlayLog plays;
    std::pair<int, int> layout; // the Scene size: the window's, turned for a portrait panel
    sf::RenderWindow window;
    render::FontSet drawFonts;
    std::unique_ptr<render::Stage> stage;
    admin::AdminOverlay overlay;
    DailyChores chores; // expires celebrations at start and when the school's day changes

    Steady::time_point started = Steady::now();
    Steady::time_point lastPoll = started;
    Steady::time_point lastFrame = started;
    bool captureDue = false;
    bool redraw = true;
    std::string alertToConfirm; // logged once the alert's first frame is on screen
    bool firstFrameLogged = false;
    std::vector<sf::Image> shown;
    double lastFrameMs = 0;
    std::string translationNote; // the overlay's line; see countTranslations()
    int countedReloads = -1;     // program.reloads() when it was counted

    Impl(PlayerOptions o, Store& s, const Fonts& f, const Clock& c)
        : options(std::move(o)), fonts(f), clock(c), store(s),
          program(s, options.settings, c.now(), options.slideSeconds),
          plays(s, displayIdFor(program.setup().target), program.setup().target.roomId),
          layout(layoutSize(options.size, program.setup().orientation)),
          drawFonts({f.files.regular, f.files.bold}) {
        (void)logRing(); // the overlay's recent log starts with the player, not when it opens
        if (f.icons && !drawFonts.loadIcons(f.icons->path()))
            spdlog::warn("icon font {} did not load: habits show without icons", f.icons->path());
    }

    float seconds() const { return std::chrono::duration<float>(Steady::now() - started).count(); }

    void openWindow() {
        const auto [w, h] = options.size;
        auto style =
            options.fullscreen ? sf::Style::Fullscreen : sf::Style::Titlebar | sf::Style::Close;
        window.create(sf::VideoMode(static_cast<unsigned>(w), static_cast<unsigned>(h)), "Lantern",
                      style);
        window.setMouseCursorVisible(false);
        window.setVerticalSyncEnabled(false);
        render::Stage::Options so;
        so.paths = renderPaths(options.settings.config);
        so.quarterTurns = quarterTurns(program.setup().orientation);
        stage = std::make_unique<render::Stage>(drawFonts, so);
        if (!stage->shadersActive()) spdlog::warn("shaders unavailable: plain background and fade");
    }

    // ---- [showing] ---------------------------------------------------------------------------

    // Lays out what is due, if anything; a failure keeps the last picture on screen. Alerts
    // and the dark screen cut in at once; slides crossfade.
    void advanceIfDue(Instant now) {
        const ScreenMode before = program.showing().mode;
        auto moment = program.due(now);
        plays.maybeFlush(now);
        if (!moment) return;
        plays.began(*moment, now);
        redraw = true;
        try {
            auto scene = sceneFor(*moment, program.plan(), layout.first, layout.second,
                                  *fonts.metrics, fonts.icons.get());
            bool cut = moment->mode != ScreenMode::Slides || before != ScreenMode::Slides;
            if (cut)
                stage->cut(scene);
            else
                stage->show(scene);
            captureDue = !options.contactSheet.empty() && moment->mode == ScreenMode::Slides;
            if (moment->mode == ScreenMode::Alert) alertToConfirm = moment->slide.id;
            auto log =
                moment->mode == ScreenMode::Alert ? spdlog::level::warn : spdlog::level::info;
            spdlog::log(log, "showing {} until {}", moment->slide.id,
                        moment->end == Instant::max()
                            ? std::string("cleared")
                            : formatLocal(moment->end, program.plan().timeZone));
        } catch (const std::exception& e) {
            spdlog::error("could not lay out {}: {}; keeping the last picture", moment->slide.id,
                          e.what());
        }
    }

    // Counts the translation gaps (as `lantern check` lists them) in the content the screen
    // plans from, at start and after each content reload.
    void countTranslations() {
        if (program.reloads() == countedReloads) return;
        countedReloads = program.reloads();
        const auto& content = program.planner().content();
        translationNote = translationSummary(
            missingTranslations(content,
                                [this](const std::string& t, const std::string& l) {
                                    return fonts.metrics->rendersCleanly(t, l);
                                }),
            content.school.languages);
    }

    void pollChanges() {
        if (Steady::now() - lastPoll < kChangePoll) return;
        lastPoll = Steady::now();
        runChores();
        program.poll();
    }

    void runChores() {
        try {
            (void)chores.runIfNewDay(store, localDay(clock.now(), program.plan().timeZone));
        } catch (const std::exception& e) {
            spdlog::error("daily chores skipped: {}", e.what());
        }
    }

    bool handleEvents() {
        sf::Event event;
        while (window.pollEvent(event)) {
            if (overlay.handleEvent(event)) continue;
            if (event.type == sf::Event::Closed) return false;
            if (event.type != sf::Event::KeyPressed) continue;
            if (event.key.code == sf::Keyboard::Q && event.key.control) return false;
            if (event.key.code == sf::Keyboard::Escape && !options.fullscreen) return false;
        }
        return true;
    }

    // ---- [frames] ----------------------------------------------------------------------------

    admin::OverlayStatus status() const {
        const auto& plan = program.plan();
        const auto& slide = program.showing().slide;
        admin::OverlayStatus s;
        s.roomId = plan.room.id;
        s.roomName = plan.room.name;
        s.slideId = slide.id;
        s.slideKind = slideKindName(slide.kind);
        s.slideWhy = slide.why;
        s.dbPath = store.path().string();
        s.slideIndex = static_cast<int>(program.showing().index);
        s.slideCount = static_cast<int>(plan.slides.size());
        s.frameMs = lastFrameMs;
        s.fps = lastFrameMs > 0 ? 1000.0 / lastFrameMs : 0;
        s.fontNote = fonts.note.empty() ? fonts.files.regular : fonts.note;
        s.shaderNote = stage->shadersActive() ? "shaders on" : "shaders unavailable: fallback";
        s.translationNote = translationNote;
        s.skipped = plan.notes;
        s.recentLog = logRing()->last_formatted();
        return s;
    }

    // While dark, a frame a second at most (the clock changes once a minute); otherwise every
    // time round the loop.
    bool frameDue() const {
        if (redraw || overlay.visible() || program.showing().mode != ScreenMode::Dark) return true;
        return Steady::now() - lastFrame >= kDarkFrame;
    }

    void drawFrame(const FrameObserver& observer) {
        redraw = false;
        auto begin = Steady::now();
        float t = seconds();
        bool fading = stage->inTransition(t);
        stage->draw(window, t);
        float dt = std::chrono::duration<float>(begin - lastFrame).count();
        if (overlay.visible()) overlay.frame(window, status(), dt);
        if (captureDue && !fading) captureWindow();
        window.display();
        if (!alertToConfirm.empty()) {
            spdlog::warn("{} on screen", alertToConfirm);
            alertToConfirm.clear();
        }
        if (!firstFrameLogged) {
            firstFrameLogged = true;
            spdlog::info(
                "first frame on screen {:.0f} ms after start",
                std::chrono::duration<double, std::milli>(Steady::now() - processStart()).count());
        }
        lastFrame = begin;
        lastFrameMs = std::chrono::duration<double, std::milli>(Steady::now() - begin).count();
        if (observer) observer(lastFrameMs, fading, program.showing().slide);
    }

    void captureWindow() {
        captureDue = false;
        sf::Texture texture;
        if (!texture.create(window.getSize().x, window.getSize().y)) return;
        texture.update(window);
        shown.push_back(texture.copyToImage());
    }

    // Sleeps until the next frame: the idle rate while only the background moves, one a second
    // while dark, 30 a second during a crossfade or with the overlay open, and never past the
    // end of the showing (so a dark screen wakes on time).
    void sleepUntilNextFrame(Instant now) {
        auto untilShowingEnds =
            std::chrono::duration_cast<std::chrono::milliseconds>(program.showingEnd() - now);
        if (program.showing().mode == ScreenMode::Dark && !overlay.visible()) {
            // Wake four times a second to notice an alert; frameDue() keeps frames to one a second.
            std::this_thread::sleep_for(
                std::clamp(untilShowingEnds, std::chrono::milliseconds(1), kChangePoll));
            return;
        }
        auto idle = std::chrono::milliseconds(1000 / options.settings.config.idleFps);
        bool busy = stage->inTransition(seconds()) || overlay.visible();
        auto wait = busy ? kTransitionFrame : idle;
        wait = std::clamp(untilShowingEnds, std::chrono::milliseconds(1), wait);
        auto spent =
            std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - lastFrame);
        if (wait > spent) std::this_thread::sleep_for(wait - spent);
    }

    void writeContactSheet() {
        if (options.contactSheet.empty()) return;
        auto sheet = render::makeContactSheet(shown, 3, 480);
        if (sheet.getSize().x == 0 || !sheet.saveToFile(options.contactSheet))
            spdlog::error("could not write the contact sheet {}", options.contactSheet);
        else
            spdlog::info("contact sheet of {} slides: {}", shown.size(), options.contactSheet);
    }

    bool timeUp() const {
        return options.durationSeconds > 0 && seconds() >= options.durationSeconds;
    }
};

// ---- [loop] ----------------------------------------------------------------------------------

Player::Player(PlayerOptions options, Store& store, const Fonts& fonts, const Clock& clock)
    : m_impl(std::make_unique<Impl>(std::move(options), store, fonts, clock)) {}

Player::~Player() = default;

int Player::run(const FrameObserver& observer) {
    auto& p = *m_impl;
    p.runChores();
    p.openWindow();
    while (p.window.isOpen() && !p.timeUp()) {
        if (!p.handleEvents()) break;
        p.pollChanges();
        p.advanceIfDue(p.clock.now());
        p.countTranslations();
        if (p.frameDue()) p.drawFrame(observer);
        p.sleepUntilNextFrame(p.clock.now());
    }
    p.plays.finish(p.clock.now());
    p.writeContactSheet();
    p.window.close();
    return 0;
}

} // namespace lantern
