#pragma once
// SFML 2.5 calls std::abort() when it cannot open an X display. Ask first: the CLI turns a
// missing display into an error message and the tests skip.

namespace lantern::render {

// True when an X display can be opened ($DISPLAY set and reachable). Cached after the first call.
[[nodiscard]] bool displayAvailable();

} // namespace lantern::render
