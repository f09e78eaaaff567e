#include "render/Display.hpp"

#include <X11/Xlib.h>

namespace lantern::render {

namespace {

bool probeDisplay() {
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) return false;
    XCloseDisplay(display);
    return true;
}

} // namespace

bool displayAvailable() {
    static const bool available = probeDisplay();
    return available;
}

} // namespace lantern::render
