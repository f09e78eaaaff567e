#pragma once
// The Scene as JSON: the public format of docs/scene-format.md. The same Scene always gives the
// same bytes (keys in a fixed order, coordinates as whole pixels where they are whole).
#include "core/model/Scene.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace lantern {

[[nodiscard]] nlohmann::ordered_json sceneToJson(const Scene& scene);
[[nodiscard]] std::string sceneToJsonText(const Scene& scene); // pretty, ends with a newline

} // namespace lantern
