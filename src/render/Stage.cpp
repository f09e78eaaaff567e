// The Stage (Stage.hpp states the contract): the composite shaders, and each frame drawn either
// in one full-screen pass or by the multi-pass fallback (the same picture to within an 8-bit
// level).
//
// Index of this file:
// - [shaders]  the crossfade's easing; composite.vert/.frag, with CROSSFADE for the fading pass
// - [grid]     the single pass's sampling grid; mixing the two slides' background colours
// - [state]    show and cut, and the fade and entrance clocks they start
// - [frame]    draw: one shader pass when compositeShader allows it, else the fallback
// - [fallback] the multi-pass path: letterboxed, turned or without shaders
//
// Call flow:
//   Stage::draw
//   ├─ advanceEnter, fadeProgress, compositeShader
//   ├─ single pass: Background::shade, drawSinglePass ─ screenGrid
//   └─ otherwise:   Background::draw, drawSlides ─ composite | plainCrossfade | crossfade shader
#include "render/Stage.hpp"

#include "render/SceneDrawer.hpp"
#include "render/ShaderFile.hpp"

#include <SFML/Graphics/Sprite.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lantern::render {

namespace {

// ---- [shaders] -------------------------------------------------------------------------------

float smoothstep(float p) {
    return p * p * (3 - 2 * p);
}

std::optional<std::string> readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// GLSL allows nothing but comments before #version, so the define goes after that line.
std::string withDefine(std::string source, const std::string& name) {
    constexpr auto npos = std::string::npos;
    const auto version = source.find("#version");
    const auto eol = version == npos ? npos : source.find('\n', version);
    const auto at = version == npos ? 0 : (eol == npos ? source.size() : eol + 1);
    source.insert(at, "\n#define " + name + "\n");
    return source;
}

// composite.vert + composite.frag (with CROSSFADE when `crossfade`); null, logged, on failure.
std::unique_ptr<sf::Shader> loadComposite(const std::string& shaderDir, bool crossfade) {
    if (!sf::Shader::isAvailable()) return nullptr;
    const auto dir = std::filesystem::path(shaderDir);
    const auto vertex = readText(dir / "composite.vert");
    const auto fragment = readText(dir / "composite.frag");
    if (!vertex || !fragment) {
        spdlog::warn("render: composite shaders not found in '{}'; compositing in several passes",
                     shaderDir);
        return nullptr;
    }
    auto shader = std::make_unique<sf::Shader>();
    if (!shader->loadFromMemory(*vertex,
                                crossfade ? withDefine(*fragment, "CROSSFADE") : *fragment)) {
        spdlog::warn("render: composite shaders in '{}' failed to compile; compositing in "
                     "several passes",
                     shaderDir);
        return nullptr;
    }
    return shader;
}

// ---- [grid] ----------------------------------------------------------------------------------

// The grid composite.vert samples the background on. Cells are squares of a power of two no
// larger than an eighth of the height (the background has no finer detail), starting at the top
// left so that on llvmpipe, whose tiles are 64 px squares, most tiles are covered by whole
// triangles rather than cut by many edges.
sf::VertexArray screenGrid(sf::Vector2u size) {
    unsigned cell = 16;
    while (cell * 2 <= size.y / 8)
        cell *= 2;
    sf::VertexArray grid(sf::Triangles);
    for (unsigned y = 0; y < size.y; y += cell) {
        for (unsigned x = 0; x < size.x; x += cell) {
            const float x0 = static_cast<float>(x);
            const float y0 = static_cast<float>(y);
            const float x1 = static_cast<float>(std::min(size.x, x + cell));
            const float y1 = static_cast<float>(std::min(size.y, y + cell));
            for (const auto& corner :
                 {sf::Vector2f{x0, y0}, {x1, y0}, {x0, y1}, {x1, y0}, {x1, y1}, {x0, y1}})
                grid.append(sf::Vertex(corner));
        }
    }
    return grid;
}

Color mixColor(Color a, Color b, float t) {
    auto mix = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(
            static_cast<float>(x) + (static_cast<float>(y) - static_cast<float>(x)) * t + 0.5f);
    };
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), 255};
}

} // namespace

// ---- [state] ---------------------------------------------------------------------------------

Stage::Stage(const FontSet& fonts, Options options)
    : m_fonts(fonts), m_options(std::move(options)),
      m_background(m_options.paths.shaderDir, m_options.backgroundScale),
      m_crossfade(loadFragmentShader(m_options.paths.shaderDir, "crossfade.frag")),
      m_compositeSteady(m_options.singlePass ? loadComposite(m_options.paths.shaderDir, false)
                                             : nullptr),
      m_compositeFade(m_compositeSteady ? loadComposite(m_options.paths.shaderDir, true) : nullptr),
      m_previous(std::make_unique<SlideCanvas>()), m_current(std::make_unique<SlideCanvas>()) {}

Stage::~Stage() = default;

void Stage::show(const Scene& scene) {
    const bool first = m_current->empty();
    if (!first) std::swap(m_previous, m_current);
    (void)m_current->render(scene, m_fonts, m_options.paths.mediaDir, true);
    m_fadePending = !first;
    m_fadeStart.reset();
    m_enterPending = m_current->entering();
    m_enterStart.reset();
}

void Stage::cut(const Scene& scene) {
    (void)m_current->render(scene, m_fonts, m_options.paths.mediaDir);
    m_fadePending = false;
    m_fadeStart.reset();
    m_enterPending = false;
    m_enterStart.reset();
}

bool Stage::inTransition(float seconds) const {
    return m_fadePending || m_current->entering() ||
           (m_fadeStart && seconds < *m_fadeStart + m_options.fadeSeconds);
}

void Stage::advanceEnter(float seconds) {
    if (m_enterPending) {
        m_enterStart = seconds;
        m_enterPending = false;
    }
    if (m_enterStart && m_current->entering())
        m_current->advanceEnter((seconds - *m_enterStart) * 1000.f);
}

float Stage::fadeProgress(float seconds) const {
    if (m_fadePending) return 0;
    if (!m_fadeStart || m_options.fadeSeconds <= 0) return 1;
    return std::clamp((seconds - *m_fadeStart) / m_options.fadeSeconds, 0.f, 1.f);
}

bool Stage::shadersActive() const {
    return m_background.animated() && m_crossfade != nullptr;
}

// ---- [frame] ---------------------------------------------------------------------------------

void Stage::draw(sf::RenderTarget& target, float seconds) {
    if (m_fadePending) {
        m_fadeStart = seconds;
        m_fadePending = false;
    }
    advanceEnter(seconds);
    const float progress = fadeProgress(seconds);
    const bool fading = progress < 1 && !m_previous->empty();
    Color base = m_current->background();
    if (fading) base = mixColor(m_previous->background(), base, smoothstep(progress));
    const sf::View view = target.getView();
    target.setView(target.getDefaultView());
    sf::Shader* shader = compositeShader(target.getSize(), fading);
    const sf::Texture* background =
        shader ? m_background.shade(target.getSize(), base, seconds) : nullptr;
    m_lastSinglePass = background != nullptr;
    m_current->setSmooth(!m_lastSinglePass);
    m_previous->setSmooth(!m_lastSinglePass);
    if (m_lastSinglePass) {
        drawSinglePass(target, *shader, *background, fading ? progress : 1.f);
    } else {
        m_background.draw(target, base, seconds);
        drawSlides(target, progress);
    }
    target.setView(view);
}

sf::Shader* Stage::compositeShader(sf::Vector2u targetSize, bool fading) const {
    if (m_options.quarterTurns % 4 != 0) return nullptr;
    if (m_current->empty() || m_current->size() != targetSize) return nullptr;
    if (!fading) return m_compositeSteady.get();
    return m_previous->size() == targetSize ? m_compositeFade.get() : nullptr;
}

void Stage::drawSinglePass(sf::RenderTarget& target, sf::Shader& shader,
                           const sf::Texture& background, float progress) {
    if (m_gridSize != target.getSize()) {
        m_gridSize = target.getSize();
        m_grid = screenGrid(m_gridSize);
    }
    shader.setUniform("background", background);
    shader.setUniform("resolution", sf::Vector2f(m_gridSize));
    shader.setUniform("to", m_current->texture());
    if (progress < 1) {
        shader.setUniform("from", m_previous->texture());
        shader.setUniform("progress", progress);
    }
    target.draw(m_grid, sf::RenderStates(sf::BlendNone, sf::Transform::Identity, nullptr, &shader));
}

// ---- [fallback] ------------------------------------------------------------------------------

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
    const int turns = ((m_options.quarterTurns % 4) + 4) % 4;
    const sf::Vector2f turned = turns % 2 ? sf::Vector2f(c.y, c.x) : c;
    const float scale = std::min(t.x / turned.x, t.y / turned.y);
    sf::Transform transform;
    if (turns == 0) { // whole-pixel placement, as before
        transform.translate((t.x - c.x * scale) / 2, (t.y - c.y * scale) / 2);
        transform.scale(scale, scale);
        return transform;
    }
    transform.translate(t.x / 2, t.y / 2);
    transform.rotate(90.f * static_cast<float>(turns));
    transform.scale(scale, scale);
    transform.translate(-c.x / 2, -c.y / 2);
    return transform;
}

} // namespace lantern::render
