#include "render/SlideCanvas.hpp"

#include "render/SceneDrawer.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace lantern::render {

SlideCanvas::SlideCanvas() = default;
SlideCanvas::~SlideCanvas() = default;

bool SlideCanvas::render(const Scene& scene, const FontSet& fonts, const std::string& mediaDir,
                         bool enter) {
    m_ready = false;
    m_entering.reset();
    m_background = scene.background;
    const sf::Vector2u size(static_cast<unsigned>(std::max(scene.width, 1)),
                            static_cast<unsigned>(std::max(scene.height, 1)));
    if (m_texture.getSize() != size && !m_texture.create(size.x, size.y)) {
        spdlog::error("render: cannot create a {}x{} slide texture", size.x, size.y);
        return false;
    }
    m_texture.setSmooth(true);
    auto drawer = std::make_unique<SceneDrawer>(scene, fonts, mediaDir);
    if (enter && drawer->enterEndMs() > 0) {
        drawer->setEnterTime(0);
        m_entering = std::move(drawer);
        redraw(*m_entering);
    } else {
        redraw(*drawer);
    }
    m_ready = true;
    return true;
}

void SlideCanvas::advanceEnter(float ms) {
    if (!m_entering) return;
    m_entering->setEnterTime(ms);
    redraw(*m_entering);
    if (ms >= static_cast<float>(m_entering->enterEndMs())) m_entering.reset();
}

void SlideCanvas::redraw(const SceneDrawer& drawer) {
    m_texture.clear(sf::Color::Transparent);
    // sf::BlendAlpha onto transparent black (colour*a, alpha*1) leaves premultiplied pixels.
    m_texture.draw(drawer, sf::BlendAlpha);
    m_texture.display();
}

} // namespace lantern::render
