#include "admin/AdminOverlay.hpp"

#include "admin/TestWindow.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using lantern::admin::AdminOverlay;
using lantern::admin::OverlayStatus;
namespace t = lantern::admin::test;

namespace {

sf::Event key(sf::Keyboard::Key code, sf::Event::EventType type = sf::Event::KeyPressed) {
    sf::Event event{};
    event.type = type;
    event.key.code = code;
    return event;
}

OverlayStatus sampleStatus() {
    OverlayStatus status;
    status.roomId = "hall-1";
    status.roomName = "Main hallway";
    status.slideId = "habits-crisp";
    status.slideKind = "habits";
    status.slideWhy = "weekday morning block, slot 2 of 5";
    status.dbPath = "/var/lib/lantern/school.sqlite";
    status.slideIndex = 1;
    status.slideCount = 5;
    status.frameMs = 4.2;
    status.fps = 60.0;
    status.fontNote = "Noto Sans + Noto Sans CJK";
    status.shaderNote = "aurora.frag loaded";
    status.translationNote = "3 texts lack es, 1 lacks fr (run lantern check)";
    status.recentLog = {"12:00:01 reload: db changed", "12:00:02 slide habits-crisp"};
    return status;
}

const sf::Color kBackdrop(30, 90, 60);

sf::Image drawFrame(sf::RenderWindow& window, AdminOverlay& overlay) {
    window.clear(kBackdrop);
    overlay.frame(window, sampleStatus(), 1.0f / 60.0f);
    return t::capture(window);
}

} // namespace

TEST_CASE("AdminOverlay: F1 toggles visibility and is consumed") {
    AdminOverlay overlay;
    CHECK_FALSE(overlay.visible());
    CHECK(overlay.handleEvent(key(sf::Keyboard::F1)));
    CHECK(overlay.visible());
    CHECK(overlay.handleEvent(key(sf::Keyboard::F1, sf::Event::KeyReleased)));
    CHECK(overlay.visible());
    CHECK(overlay.handleEvent(key(sf::Keyboard::F1)));
    CHECK_FALSE(overlay.visible());
}

TEST_CASE("AdminOverlay: while hidden, other events pass through to the player") {
    AdminOverlay overlay;
    for (auto code : {sf::Keyboard::Space, sf::Keyboard::Escape, sf::Keyboard::Right})
        CHECK_FALSE(overlay.handleEvent(key(code)));
    sf::Event click{};
    click.type = sf::Event::MouseButtonPressed;
    click.mouseButton = {sf::Mouse::Left, 100, 100};
    CHECK_FALSE(overlay.handleEvent(click));
    CHECK_FALSE(overlay.visible());
}

TEST_CASE("AdminOverlay: a visible overlay draws over the player, a hidden one draws nothing") {
    auto window = t::makeTestWindow(1920, 1080);
    if (!window) {
        MESSAGE("no display: skipped (run under xvfb-run)");
        return;
    }
    AdminOverlay overlay;
    CHECK(t::countPixelsNot(drawFrame(*window, overlay), kBackdrop) == 0);

    overlay.show();
    drawFrame(*window, overlay); // ImGui settles window sizes on its first frame
    const sf::Image shown = drawFrame(*window, overlay);
    CHECK(t::countPixelsNot(shown, kBackdrop) > 1920u * 1080u / 10u);
    if (const char* path = std::getenv("LANTERN_ADMIN_SCREENSHOT")) (void)shown.saveToFile(path);

    SUBCASE("a click on the overlay is consumed, once ImGui knows it is there") {
        sf::Event move{};
        move.type = sf::Event::MouseMoved;
        move.mouseMove = {100, 100};
        overlay.handleEvent(move);
        drawFrame(*window, overlay);
        sf::Event click{};
        click.type = sf::Event::MouseButtonPressed;
        click.mouseButton = {sf::Mouse::Left, 100, 100};
        CHECK(overlay.handleEvent(click));
    }
    SUBCASE("hiding again restores the untouched picture") {
        overlay.handleEvent(key(sf::Keyboard::F1));
        CHECK(t::countPixelsNot(drawFrame(*window, overlay), kBackdrop) == 0);
    }
}
