#pragma once
// The player's per-frame compositor: the animated background, then the current slide canvas,
// crossfading from the previous slide after show(). Each slide is drawn into its canvas once;
// a frame only shades the small background and composites.
//
// When the canvases are the target's size and shaders/composite.vert/.frag compile, a frame is
// one full-screen pass (background, previous and current canvas in one shader, blending off),
// because each full-screen pass costs milliseconds on a software renderer. Otherwise (letterbox,
// no shader) the background and the slides are drawn in separate passes, with the same result
// to within an 8-bit level.
// Missing shaders or no GLSL support never blank the screen: the background becomes the solid
// Scene::background colour and the crossfade a plain alpha fade.
// Entrances (SceneEnter): a slide given to show() whose items enter has its canvas redrawn each
// frame, from the `seconds` of the next draw() (when it appears, as its crossfade starts) until
// every item has entered; cut() always shows the final picture at once.
#include "core/model/Scene.hpp"
#include "render/Background.hpp"
#include "render/ContextHold.hpp"
#include "render/FontSet.hpp"
#include "render/RenderPaths.hpp"
#include "render/SlideCanvas.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Shader.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <memory>
#include <optional>

namespace lantern::render {

struct StageOptions {
    RenderPaths paths;
    float fadeSeconds = 1.0f;      // crossfade length (smoothstep eased)
    float backgroundScale = 0.25f; // background shader resolution relative to the target
    bool singlePass = true;        // false forces the multi-pass path (tests compare the two)
    // Clockwise quarter turns from the slide to the target, for a panel mounted in portrait or
    // upside down: the slide is laid out upright for the panel and turned here (multi-pass).
    int quarterTurns = 0;
};

class Stage {
public:
    using Options = StageOptions;

    // Needs a GL context (an open window or displayAvailable()). `fonts` must outlive the Stage.
    explicit Stage(const FontSet& fonts, Options options = {});
    ~Stage();
    Stage(const Stage&) = delete;
    Stage& operator=(const Stage&) = delete;

    // Draws `scene` into a canvas now and crossfades to it from the current slide; the fade
    // and the scene's entrances start at the `seconds` of the next draw(). The first slide
    // appears without a fade (its items still enter).
    void show(const Scene& scene);
    // Replaces the current slide at once, without a transition.
    void cut(const Scene& scene);

    // Draws the whole frame, filling the target; the slide keeps its aspect ratio (letterboxed
    // over the background) and the target's view is left as it was.
    void draw(sf::RenderTarget& target, float seconds);

    // True while a crossfade or an entrance is pending or running at `seconds`: redraw at full
    // rate.
    [[nodiscard]] bool inTransition(float seconds) const;
    // Fade progress 0..1 (linear, before easing) at `seconds`; 1 when no fade is running.
    [[nodiscard]] float fadeProgress(float seconds) const;
    // True when both the background and the crossfade shader are in use.
    [[nodiscard]] bool shadersActive() const;
    [[nodiscard]] bool hasSlide() const { return !m_current->empty(); }
    // True when the last draw() composited the frame in one pass.
    [[nodiscard]] bool lastDrawSinglePass() const { return m_lastSinglePass; }

private:
    ContextHold m_contextHold; // first: held for the Stage's whole life (no per-frame allocation)
    void advanceEnter(float seconds);
    [[nodiscard]] sf::Shader* compositeShader(sf::Vector2u targetSize, bool fading) const;
    void drawSinglePass(sf::RenderTarget& target, sf::Shader& shader, const sf::Texture& background,
                        float progress);
    void drawSlides(sf::RenderTarget& target, float progress);
    void plainCrossfade(sf::RenderTarget& target, float eased);
    void composite(sf::RenderTarget& target, const SlideCanvas& canvas, float weight);
    [[nodiscard]] sf::Transform fitTransform(sf::Vector2u target, sf::Vector2u canvas) const;

    const FontSet& m_fonts;
    Options m_options;
    Background m_background;
    std::unique_ptr<sf::Shader> m_crossfade;
    std::unique_ptr<sf::Shader> m_compositeSteady; // composite.frag for one canvas
    std::unique_ptr<sf::Shader> m_compositeFade;   // composite.frag with CROSSFADE
    sf::VertexArray m_grid;                        // full-target grid for composite.vert
    sf::Vector2u m_gridSize;
    std::unique_ptr<SlideCanvas> m_previous;
    std::unique_ptr<SlideCanvas> m_current;
    std::unique_ptr<sf::RenderTexture> m_mix; // scratch for the crossfade without shaders
    std::optional<float> m_fadeStart;
    bool m_fadePending = false;
    std::optional<float> m_enterStart; // when the entering current slide appeared
    bool m_enterPending = false;
    bool m_lastSinglePass = false;
};

} // namespace lantern::render
