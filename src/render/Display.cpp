#include "render/Display.hpp"

#include <X11/Xlib.h>
#include <dlfcn.h>

#include <cerrno>
#include <chrono>
#include <thread>

// SFML 2.5 opens the X display once and calls std::abort() if that fails. A busy X server
// refuses a connection now and then: EAGAIN while its queue of pending connections is full,
// ECONNRESET when it drops one during the handshake (both seen under load with Xvfb, and
// possible at boot while the session starts), so one refusal must not end the player. Defining
// XOpenDisplay here puts it ahead of libX11's for every caller in this process, SFML included:
// it retries a busy server for up to two seconds and otherwise behaves exactly like libX11's.
extern "C" Display* XOpenDisplay(const char* name) {
    using OpenFn = Display* (*)(const char*);
    static const auto real = reinterpret_cast<OpenFn>(dlsym(RTLD_NEXT, "XOpenDisplay"));
    if (real == nullptr) return nullptr;
    for (int attempt = 0; attempt < 100; ++attempt) {
        errno = 0;
        if (Display* display = real(name)) return display;
        if (errno != EAGAIN && errno != ECONNRESET && errno != EINTR) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return nullptr;
}

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
