#include "store/Store.hpp"

#include "CliSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace lantern::testing;

TEST_CASE("MasteryCli: shows the demo's scale and method, and set changes what progress counts") {
    TempDir dir;
    const auto db = makeDemo(dir);
    auto shown = runLantern(dir, "mastery --db " + db);
    REQUIRE(shown.status == 0);
    CHECK(shown.out.find("method: most-recent") != std::string::npos);
    CHECK(shown.out.find("\tmastered") != std::string::npos);

    auto set = runLantern(dir, "mastery set --db " + db +
                                   " --method decaying-average --decay-weight 0.7 "
                                   "--term-start 2026-09-08");
    REQUIRE(set.status == 0);
    const auto content = Store::open(db).loadContent();
    CHECK(content.scale.method == MasteryMethod::DecayingAverage);
    CHECK(content.scale.decayWeight == doctest::Approx(0.7));
    REQUIRE(content.school.termStart.has_value());
    CHECK(runLantern(dir, "mastery --db " + db).out.find("term start: 2026-09-08") !=
          std::string::npos);
}

TEST_CASE("MasteryCli: bad values are refused, naming the flag, and change nothing") {
    TempDir dir;
    const auto db = makeDemo(dir);
    const auto before = Store::open(db).versions().content;
    for (const char* args : {" --method average", " --decay-weight 1.5", " --times 0",
                             " --mastered-rank 9", " --term-start autumn"}) {
        auto r = runLantern(dir, "mastery set --db " + db + args);
        CHECK_MESSAGE(r.status == 2, args);
        CHECK_MESSAGE(r.err.find("--") != std::string::npos, r.err);
    }
    CHECK(Store::open(db).versions().content == before);
}
