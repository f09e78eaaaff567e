#pragma once
// What a framework file (CASE package, Canvas outcomes CSV) says, parsed and checked, ready for
// store/FrameworkImport.hpp to write. Every item belongs to `framework`; domains come before the
// competencies that name them, competencies before their learning targets.
#include "core/model/Content.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lantern {

struct FrameworkImportData {
    std::string fileName; // for messages
    Framework framework;
    std::string language; // the language the titles are in: the store keeps the others
    std::vector<Domain> domains;
    std::vector<Competency> competencies;
    std::vector<LearningTarget> learningTargets;
    std::vector<FrameworkRef> refs; // links to things outside the file
    // A scale built from the file (Canvas ratings), used only when the school has none yet.
    std::optional<MasteryScale> suggestedScale;
    std::vector<std::string> warnings; // what was kept but not understood
};

} // namespace lantern
