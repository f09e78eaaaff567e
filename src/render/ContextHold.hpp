#pragma once
// SFML 2.5 wraps the GL calls it makes for shaders and textures in a TransientContextLock, which
// allocates and frees a small state object each time no such lock is held on the thread. Holding
// one for as long as drawing goes on keeps every steady frame free of allocations. Create it on
// the drawing thread, after the window or context exists.
#include <SFML/Window/GlResource.hpp>

namespace lantern::render {

class ContextHold : sf::GlResource {
    sf::GlResource::TransientContextLock m_lock;
};

} // namespace lantern::render
