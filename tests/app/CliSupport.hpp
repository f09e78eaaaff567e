#pragma once
// Running the real `lantern` executable (LANTERN_BINARY) from a test: its exit status and
// output, in a temporary folder removed afterwards, with no terminal on stdin.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace lantern::testing {

namespace fs = std::filesystem;

struct Result {
    int status = -1;
    std::string out, err;
};

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A folder of its own per test process (ctest runs each case in its own process).
struct TempDir {
    explicit TempDir(const std::string& prefix = "lantern-cli-")
        : path(fs::temp_directory_path() / (prefix + std::to_string(getpid()))) {
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    fs::path path;
};

inline Result runLantern(const TempDir& dir, const std::string& args) {
    auto out = dir.path / "stdout", err = dir.path / "stderr";
    std::string cmd = std::string(LANTERN_BINARY) + " " + args + " >" + out.string() + " 2>" +
                      err.string() + " </dev/null";
    int raw = std::system(cmd.c_str());
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
}

// The demo school (200 learners, seed 3, ending 2026-11-20) in dir/demo.db; returns its path.
inline std::string makeDemo(const TempDir& dir, int learners = 200) {
    auto db = (dir.path / "demo.db").string();
    auto r = runLantern(dir, "demo --db " + db + " --seed 3 --today 2026-11-20 --learners " +
                                 std::to_string(learners));
    REQUIRE(r.status == 0);
    return db;
}

} // namespace lantern::testing
