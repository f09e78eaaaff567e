#include "render/SlideCanvas.hpp"

#include "render/SceneDrawer.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace lantern::render {

bool SlideCanvas::render(const Scene& scene, const FontSet& fonts, const std::string& mediaDir) {
    m_ready = false;
    m_background = scene.background;
    const sf::Vector2u size(static_cast<unsigned>(std::max(scene.width, 1)),
                            static_cast<unsigned>(std::max(scene.height, 1)));
    if (m_texture.getSize() != size && !m_texture.create(size.x, size.y)) {
        spdlog::error("render: cannot create a {}x{} slide texture", size.x, size.y);
        return false;
    }
    m_texture.setSmooth(true);
    m_texture.clear(sf::Color::Transparent);
    // sf::BlendAlpha onto transparent black (colour*a, alpha*1) leaves premultiplied pixels.
    m_texture.draw(SceneDrawer(scene, fonts, mediaDir), sf::BlendAlpha);
    m_texture.display();
    m_ready = true;
    return true;
}

} // namespace lantern::render
