// The architecture as a test: which library may include which (docs/architecture.md draws the
// same table), that core never sees SFML, ImGui or OpenGL, and that only the store speaks SQL.
// It reads the source tree, so a new include that crosses a boundary fails here, not in review.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kSource = fs::path(LANTERN_SOURCE_DIR);

// What each library may include of the others ("core/x" is a core library, the rest are
// top-level folders of src/). The order of the table is the order of the picture in
// docs/architecture.md: nothing points back up.
const std::map<std::string, std::set<std::string>> kAllowed = {
    {"core/model", {}},
    {"core/text", {"core/model"}},
    {"core/wording", {"core/model"}},
    {"core/progress", {"core/model"}},
    {"core/publicview", {"core/model", "core/progress", "core/wording"}},
    {"core/alerts", {"core/model", "core/wording"}},
    {"core/layout", {"core/model", "core/text", "core/alerts", "core/wording"}},
    {"core/schedule", {"core/model", "core/progress", "core/publicview"}},
    {"core/screen",
     {"core/model", "core/progress", "core/publicview", "core/schedule", "core/alerts",
      "core/layout", "core/text"}},
    {"core/interop", {"core/model"}},
    {"core/content", {"core/model"}},
    {"core/demo", {"core/model"}},
    {"store", {"core/model", "core/progress", "core/interop", "core/content", "core/alerts"}},
    {"render", {"core/model"}},
    {"admin", {"core/model"}},
};

// The library a file under src/ belongs to: "core/<concept>" or the top-level folder.
std::string libraryOf(const fs::path& file) {
    const auto rel = fs::relative(file, kSource / "src");
    auto it = rel.begin();
    std::string top = it->string();
    if (top != "core") return top;
    return "core/" + (++it)->string();
}

std::vector<fs::path> sources(const fs::path& under) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(under))
        if (e.is_regular_file() &&
            (e.path().extension() == ".cpp" || e.path().extension() == ".hpp"))
            out.push_back(e.path());
    return out;
}

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The project includes of a file, as written ("core/model/Content.hpp").
std::vector<std::string> includes(const std::string& text) {
    static const std::regex include(R"re(#include\s+"([^"]+)")re");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), include);
         it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

std::string libraryOfInclude(const std::string& inc) {
    const auto slash = inc.find('/');
    if (slash == std::string::npos) return {};
    const std::string top = inc.substr(0, slash);
    if (top != "core") return top;
    const auto second = inc.find('/', slash + 1);
    return second == std::string::npos ? top : inc.substr(0, second);
}

} // namespace

TEST_CASE("Architecture: every library includes only the libraries below it") {
    REQUIRE(fs::exists(kSource / "src" / "core"));
    int checked = 0;
    for (const auto& file : sources(kSource / "src")) {
        const std::string lib = libraryOf(file);
        const auto allowed = kAllowed.find(lib);
        if (allowed == kAllowed.end()) continue; // player and app may use everything
        for (const auto& inc : includes(read(file))) {
            const std::string target = libraryOfInclude(inc);
            if (target.empty() || target == lib) continue;
            CAPTURE(file.string());
            CAPTURE(inc);
            CHECK(allowed->second.contains(target));
            ++checked;
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("Architecture: the table covers every core folder, so a new one must be placed") {
    for (const auto& e : fs::directory_iterator(kSource / "src" / "core"))
        if (e.is_directory()) {
            CAPTURE(e.path().string());
            CHECK(kAllowed.contains("core/" + e.path().filename().string()));
        }
}

TEST_CASE("Architecture: core draws nothing and opens no window") {
    static const std::regex forbidden(R"re(#include\s+[<"](SFML/|imgui|GL/|X11/))re");
    for (const auto& file : sources(kSource / "src" / "core")) {
        CAPTURE(file.string());
        CHECK_FALSE(std::regex_search(read(file), forbidden));
    }
}

TEST_CASE("Architecture: only the store speaks SQL or holds the connection") {
    static const std::regex sql(
        R"re(connection\(\)|sqlite3|store/Sqlite\.hpp|"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE) )re");
    std::vector<fs::path> outside = sources(kSource / "bench");
    for (const auto& f : sources(kSource / "src"))
        if (libraryOf(f) != "store") outside.push_back(f);
    for (const auto& file : outside) {
        CAPTURE(file.string());
        CHECK_FALSE(std::regex_search(read(file), sql));
    }
}

TEST_CASE("Architecture: Playlist and PlaylistExpand do not include each other") {
    const auto expand = read(kSource / "src/core/schedule/PlaylistExpand.hpp") +
                        read(kSource / "src/core/schedule/PlaylistExpand.cpp");
    CHECK(expand.find("schedule/Playlist.hpp") == std::string::npos);
}
