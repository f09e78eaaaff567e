// `lantern check` and `lantern celebrate list` flag missing translations for the admin: every gap
// one line, exit 0; the demo, written in every language its screens show, has none.
#include "CliSupport.hpp"

#include <doctest/doctest.h>

#include <string>

using lantern::testing::makeDemo;
using lantern::testing::runLantern;
using lantern::testing::TempDir;

namespace {

// Adds an approved-to-be celebration with English text only; returns its id.
std::string addEnglishOnly(const TempDir& dir, const std::string& db) {
    auto add = runLantern(dir, "celebrate add --db " + db +
                                   " --kind growth --school --text 'en=Kept going all week'");
    REQUIRE(add.status == 0);
    return add.out.substr(0, add.out.find('\n'));
}

} // namespace

TEST_CASE("CheckCli: a fully translated school has no gaps") {
    TempDir dir;
    const auto db = makeDemo(dir);
    auto check = runLantern(dir, "check --db " + db);
    CHECK(check.status == 0);
    CHECK(check.out ==
          "every public text is in every language the screens show (en, es, ar, bn, zh-Hans)\n");
}

TEST_CASE("CheckCli: a celebration without Spanish is listed by check and by celebrate list") {
    TempDir dir;
    const auto db = makeDemo(dir);
    const std::string id = addEnglishOnly(dir, db);
    auto check = runLantern(dir, "check --db " + db);
    CHECK(check.status == 0);
    // Spanish is the school's; Arabic, Bengali and Chinese are the languages its rooms add.
    CHECK(check.out == "celebration " + id + ": text has no es (shown in en)\n" + "celebration " +
                           id + ": text has no ar (shown in en)\n" + "celebration " + id +
                           ": text has no bn (shown in en)\n" + "celebration " + id +
                           ": text has no zh-Hans (shown in en)\n");
    CHECK(check.err.find("4 missing translations") != std::string::npos);

    auto list = runLantern(dir, "celebrate list --db " + db + " --status pending");
    REQUIRE(list.status == 0);
    const auto at = list.out.find(id + "\t");
    REQUIRE(at != std::string::npos);
    const auto next = list.out.find('\n', at);
    CHECK(list.out.substr(next + 1, 31) == "  missing: es, ar, bn, zh-Hans\n");
    CHECK(list.out.find("missing:") == next + 3); // only under that one
}
