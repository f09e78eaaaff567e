#include "admin/AdminOverlay.hpp"

#include "admin/AdminPanels.hpp"
#include "admin/ImGuiSfml.hpp"

namespace lantern::admin {

AdminOverlay::AdminOverlay() = default;
AdminOverlay::~AdminOverlay() = default;

bool AdminOverlay::handleEvent(const sf::Event& event) {
    const bool isToggle =
        (event.type == sf::Event::KeyPressed || event.type == sf::Event::KeyReleased) &&
        event.key.code == kToggleKey;
    if (isToggle) {
        if (event.type == sf::Event::KeyPressed) toggle();
        return true;
    }
    if (!m_visible || !m_gui) return false;
    return m_gui->processEvent(event);
}

void AdminOverlay::frame(sf::RenderWindow& window, const OverlayStatus& status, float dtSeconds) {
    if (!m_visible) return;
    if (!m_gui) {
        m_gui = std::make_unique<ImGuiSfml>();
        if (!m_gui->init(window)) {
            m_gui.reset();
            m_visible = false; // nothing to draw with; the player keeps running
            return;
        }
    }
    m_gui->newFrame(window, dtSeconds);
    panels::drawStatus(status, m_gui->uiScale());
    m_gui->render(window);
}

void AdminOverlay::requestOpen() {
    m_visible = true;
}

void AdminOverlay::hide() {
    m_visible = false;
    if (m_gui) m_gui->releaseInputs();
}

void AdminOverlay::toggle() {
    if (m_visible)
        hide();
    else
        requestOpen();
}

} // namespace lantern::admin
