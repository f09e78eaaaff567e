#pragma once
// Local school times for schedule tests: "2026-11-23T07:30:00" in a zone (New York unless
// told), and back.
#include "core/model/LocalTime.hpp"

#include <doctest/doctest.h>

#include <string>

namespace lantern::testing {

inline const std::string kNewYork = "America/New_York";

inline Instant at(const char* local, const std::string& zone = kNewYork) {
    const auto t = parseLocalTime(local, zone);
    REQUIRE(t);
    return *t;
}

inline std::string local(Instant t, const std::string& zone = kNewYork) {
    return formatLocal(t, zone);
}

} // namespace lantern::testing
