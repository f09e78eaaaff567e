#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <cstdlib>
#include <memory>

namespace lantern::admin::test {

// A window for GL tests, or null when there is no display. SFML 2.5 aborts if X11 cannot be
// opened, so DISPLAY is checked before trying.
inline std::unique_ptr<sf::RenderWindow> makeTestWindow(unsigned width, unsigned height) {
    const char* display = std::getenv("DISPLAY");
    if (display == nullptr || *display == '\0') return nullptr;
    auto window = std::make_unique<sf::RenderWindow>(sf::VideoMode(width, height), "lantern test",
                                                     sf::Style::None);
    if (!window->isOpen()) return nullptr;
    return window;
}

// The back buffer as drawn so far (call before display()).
inline sf::Image capture(const sf::RenderWindow& window) {
    sf::Texture texture;
    (void)texture.create(window.getSize().x, window.getSize().y);
    texture.update(window);
    return texture.copyToImage();
}

inline unsigned countPixelsNot(const sf::Image& image, sf::Color colour) {
    unsigned count = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y)
        for (unsigned x = 0; x < image.getSize().x; ++x)
            if (image.getPixel(x, y) != colour) ++count;
    return count;
}

} // namespace lantern::admin::test
