#include "admin/ImGuiSfml.hpp"

#include "admin/TestWindow.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

using lantern::admin::imguiKeyFor;
using lantern::admin::ImGuiSfml;

namespace {

sf::Event keyEvent(sf::Keyboard::Key code, bool pressed) {
    sf::Event event{};
    event.type = pressed ? sf::Event::KeyPressed : sf::Event::KeyReleased;
    event.key.code = code;
    return event;
}

sf::Event mouseButton(sf::Event::EventType type, int x, int y) {
    sf::Event event{};
    event.type = type;
    event.mouseButton = {sf::Mouse::Left, x, y};
    return event;
}

} // namespace

TEST_CASE("ImGuiSfml: SFML keys map to ImGui's navigation and editing keys") {
    CHECK(imguiKeyFor(sf::Keyboard::Tab) == ImGuiKey_Tab);
    CHECK(imguiKeyFor(sf::Keyboard::Enter) == ImGuiKey_Enter);
    CHECK(imguiKeyFor(sf::Keyboard::Escape) == ImGuiKey_Escape);
    CHECK(imguiKeyFor(sf::Keyboard::Left) == ImGuiKey_LeftArrow);
    CHECK(imguiKeyFor(sf::Keyboard::Right) == ImGuiKey_RightArrow);
    CHECK(imguiKeyFor(sf::Keyboard::Up) == ImGuiKey_UpArrow);
    CHECK(imguiKeyFor(sf::Keyboard::Down) == ImGuiKey_DownArrow);
    CHECK(imguiKeyFor(sf::Keyboard::Backspace) == ImGuiKey_Backspace);
    CHECK(imguiKeyFor(sf::Keyboard::V) == ImGuiKey_V);
}

TEST_CASE("ImGuiSfml: keys ImGui has no slot for are not mapped") {
    CHECK_FALSE(imguiKeyFor(sf::Keyboard::F1).has_value());
    CHECK_FALSE(imguiKeyFor(sf::Keyboard::B).has_value());
    CHECK_FALSE(imguiKeyFor(sf::Keyboard::Unknown).has_value());
}

TEST_CASE("ImGuiSfml: an uninitialised facade ignores events") {
    ImGuiSfml gui;
    CHECK_FALSE(gui.initialized());
    CHECK_FALSE(gui.processEvent(keyEvent(sf::Keyboard::Tab, true)));
}

TEST_CASE("ImGuiSfml: events reach ImGui's input state") {
    auto window = lantern::admin::test::makeTestWindow(640, 360);
    if (!window) {
        MESSAGE("no display: skipped (run under xvfb-run)");
        return;
    }
    ImGuiSfml gui;
    REQUIRE(gui.init(*window));
    ImGui::SetCurrentContext(gui.context());
    const ImGuiIO& io = ImGui::GetIO();

    SUBCASE("a key press and release set and clear its KeysDown slot") {
        gui.processEvent(keyEvent(sf::Keyboard::Enter, true));
        CHECK(io.KeysDown[ImGuiKey_Enter]);
        gui.processEvent(keyEvent(sf::Keyboard::Enter, false));
        CHECK_FALSE(io.KeysDown[ImGuiKey_Enter]);
    }
    SUBCASE("a click within one frame still reaches ImGui as a press") {
        gui.processEvent(mouseButton(sf::Event::MouseButtonPressed, 10, 20));
        gui.processEvent(mouseButton(sf::Event::MouseButtonReleased, 10, 20));
        gui.newFrame(*window, 1.0f / 60.0f);
        CHECK(io.MouseDown[0]);
        CHECK(io.MousePos.x == doctest::Approx(10.0f));
        CHECK(io.MousePos.y == doctest::Approx(20.0f));
        gui.render(*window);
        gui.newFrame(*window, 1.0f / 60.0f);
        CHECK_FALSE(io.MouseDown[0]);
        gui.render(*window);
    }
    SUBCASE("typed text is queued as input characters, control characters are not") {
        sf::Event text{};
        text.type = sf::Event::TextEntered;
        text.text.unicode = 0x00F1; // ñ
        gui.processEvent(text);
        text.text.unicode = 8; // backspace arrives as a key, not text
        gui.processEvent(text);
        REQUIRE(io.InputQueueCharacters.Size == 1);
        CHECK(io.InputQueueCharacters[0] == 0x00F1);
    }
    SUBCASE("the UI scale follows the window height unless given") {
        CHECK(gui.uiScale() == doctest::Approx(1.0f));
    }
}
