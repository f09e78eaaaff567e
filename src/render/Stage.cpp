#include "render/Stage.hpp"

#include "render/SceneDrawer.hpp"
#include "render/ShaderFile.hpp"

#include <SFML/Graphics/Sprite.hpp>

#include <algorithm>

namespace lantern::render {

namespace {

float smoothstep(float p) {
    return p * p * (3 - 2 * p);
}

Color mixColor(Color a, Color b, float t) {
    auto mix = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(
            static_cast<float>(x) + (static_cast<float>(y) - static_cast<float>(x)) * t + 0.5f);
    };
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), 255};
}

} // namespace

Stage::Stage(const FontSet& fonts, Options options)
    : m_fonts(fonts), m_options(std::move(options)),
      m_background(m_options.paths.shaderDir, m_options.backgroundScale),
      m_crossfade(loadFragmentShader(m_options.paths.shaderDir, "crossfade.frag")),
      m_previous(std::make_unique<SlideCanvas>()), m_current(std::make_unique<SlideCanvas>()) {}

Stage::~Stage() = default;

void Stage::show(const Scene& scene) {
    if (m_current->empty()) {
        cut(scene);
        return;
    }
    std::swap(m_previous, m_current);
    (void)m_current->render(scene, m_fonts, m_options.paths.mediaDir);
    m_fadePending = true;
    m_fadeStart.reset();
}

void Stage::cut(const Scene& scene) {
    (void)m_current->render(scene, m_fonts, m_options.paths.mediaDir);
    m_fadePending = false;
    m_fadeStart.reset();
}

bool Stage::inTransition(float seconds) const {
    return m_fadePending || (m_fadeStart && seconds < *m_fadeStart + m_options.fadeSeconds);
}

float Stage::fadeProgress(float seconds) const {
    if (m_fadePending) return 0;
    if (!m_fadeStart || m_options.fadeSeconds <= 0) return 1;
    return std::clamp((seconds - *m_fadeStart) / m_options.fadeSeconds, 0.f, 1.f);
}

bool Stage::shadersActive() const {
    return m_background.animated() && m_crossfade != nullptr;
}

void Stage::draw(sf::RenderTarget& target, float seconds) {
    if (m_fadePending) {
        m_fadeStart = seconds;
        m_fadePending = false;
    }
    const float progress = fadeProgress(seconds);
    Color base = m_current->background();
    if (progress < 1 && !m_previous->empty()) {
        base = mixColor(m_previous->background(), base, smoothstep(progress));
    }
    m_background.draw(target, base, seconds);
    const sf::View view = target.getView();
    target.setView(target.getDefaultView());
    drawSlides(target, progress);
    target.setView(view);
}

void Stage::drawSlides(sf::RenderTarget& target, float progress) {
    if (m_current->empty()) return;
    const bool fading = progress < 1 && !m_previous->empty();
    if (!fading) {
        composite(target, *m_current, 1);
        return;
    }
    if (!m_crossfade) {
        plainCrossfade(target, smoothstep(progress));
        return;
    }
    m_crossfade->setUniform("from", m_previous->texture());
    m_crossfade->setUniform("to", sf::Shader::CurrentTexture);
    m_crossfade->setUniform("progress", progress);
    sf::RenderStates states(kPremultipliedBlend, fitTransform(target.getSize(), m_current->size()),
                            &m_current->texture(), m_crossfade.get());
    target.draw(sf::Sprite(m_current->texture()), states);
}

// Without the shader: mix the two canvases additively into a scratch texture, then composite
// that, which equals the shader's mix(). If the scratch texture fails, cut to the new slide.
void Stage::plainCrossfade(sf::RenderTarget& target, float eased) {
    const sf::Vector2u size = m_current->size();
    if (!m_mix) m_mix = std::make_unique<sf::RenderTexture>();
    if (m_mix->getSize() != size && !m_mix->create(size.x, size.y)) {
        composite(target, *m_current, 1);
        return;
    }
    m_mix->clear(sf::Color::Transparent);
    const sf::BlendMode add(sf::BlendMode::One, sf::BlendMode::One);
    for (const auto& [canvas, weight] :
         {std::pair{m_previous.get(), 1 - eased}, std::pair{m_current.get(), eased}}) {
        const auto k = static_cast<sf::Uint8>(weight * 255 + 0.5f);
        sf::Sprite sprite(canvas->texture());
        sprite.setScale(sf::Vector2f(size).x / static_cast<float>(canvas->size().x),
                        sf::Vector2f(size).y / static_cast<float>(canvas->size().y));
        sprite.setColor(sf::Color(k, k, k, k));
        m_mix->draw(sprite, add);
    }
    m_mix->display();
    sf::RenderStates states(kPremultipliedBlend, fitTransform(target.getSize(), size), nullptr,
                            nullptr);
    target.draw(sf::Sprite(m_mix->getTexture()), states);
}

// Premultiplied pixels fade by scaling all four channels alike through the sprite colour.
void Stage::composite(sf::RenderTarget& target, const SlideCanvas& canvas, float weight) {
    const auto k = static_cast<sf::Uint8>(std::clamp(weight, 0.f, 1.f) * 255 + 0.5f);
    sf::Sprite sprite(canvas.texture());
    sprite.setColor(sf::Color(k, k, k, k));
    sf::RenderStates states(kPremultipliedBlend, fitTransform(target.getSize(), canvas.size()),
                            nullptr, nullptr);
    target.draw(sprite, states);
}

sf::Transform Stage::fitTransform(sf::Vector2u target, sf::Vector2u canvas) const {
    const auto t = sf::Vector2f(target);
    const auto c = sf::Vector2f(canvas);
    const float scale = std::min(t.x / c.x, t.y / c.y);
    sf::Transform transform;
    transform.translate((t.x - c.x * scale) / 2, (t.y - c.y * scale) / 2);
    transform.scale(scale, scale);
    return transform;
}

} // namespace lantern::render
