#include "render/Offscreen.hpp"

#include "render/Display.hpp"
#include "render/Stage.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <spdlog/spdlog.h>

namespace lantern::render {

sf::Image renderSceneToImage(const Scene& scene, const FontSet& fonts, const RenderPaths& paths) {
    if (!displayAvailable()) {
        spdlog::error("render: no display to render on (is DISPLAY set? try xvfb-run -a)");
        return {};
    }
    sf::RenderTexture target;
    if (scene.width <= 0 || scene.height <= 0 ||
        !target.create(static_cast<unsigned>(scene.width), static_cast<unsigned>(scene.height))) {
        spdlog::error("render: cannot create a {}x{} offscreen target", scene.width, scene.height);
        return {};
    }
    Stage stage(fonts, Stage::Options{paths});
    stage.cut(scene);
    stage.draw(target, 0);
    target.display();
    return target.getTexture().copyToImage();
}

bool saveScenePng(const Scene& scene, const FontSet& fonts, const std::string& path,
                  const RenderPaths& paths) {
    const sf::Image image = renderSceneToImage(scene, fonts, paths);
    if (image.getSize().x == 0) return false;
    if (!image.saveToFile(path)) {
        spdlog::error("render: cannot write '{}'", path);
        return false;
    }
    return true;
}

} // namespace lantern::render
