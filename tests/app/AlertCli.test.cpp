// `lantern alert` as a user meets it: ids printed, clear ends alerts, CAP Alert/Update/Cancel,
// bad input exits 2 and changes nothing, and a raised alert takes over `lantern render`.
#include "CliSupport.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using lantern::testing::makeDemo;
using lantern::testing::Result;
using lantern::testing::runLantern;
using lantern::testing::slurp;
using lantern::testing::TempDir;

namespace {

std::size_t lines(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

fs::path capSample(const std::string& name) {
    return fs::path(LANTERN_INTEROP_DIR) / "cap" / name;
}

// A CAP message expiring far in the future, so it is active whenever the test runs.
std::string capFile(const TempDir& dir, const std::string& name, const std::string& id,
                    const std::string& type, const std::string& references) {
    auto path = dir.path / name;
    std::ofstream(path)
        << "<?xml version=\"1.0\"?>\n<alert xmlns = 'urn:oasis:names:tc:emergency:cap:1.2'>"
        << "<identifier>" << id << "</identifier><sender>ops@district.example</sender>"
        << "<sent>2026-11-23T08:00:00-05:00</sent><status>Actual</status><msgType>" << type
        << "</msgType><scope>Public</scope>"
        << (references.empty() ? "" : "<references>" + references + "</references>")
        << "<info><language>en-US</language><category>Safety</category><event>Gas leak</event>"
        << "<urgency>Immediate</urgency><severity>Severe</severity><certainty>Observed</certainty>"
        << "<expires>2099-01-01T00:00:00-05:00</expires><headline>Gas leak " << id
        << "</headline><instruction>Leave by the north doors.</instruction></info></alert>\n";
    return path.string();
}

} // namespace

TEST_CASE("AlertCli: raise prints the id, list shows it, clear ends it") {
    TempDir dir;
    auto db = makeDemo(dir);
    auto r = runLantern(dir, "alert raise lockdown --db " + db);
    REQUIRE(r.status == 0);
    CHECK(r.out == "alert-1\n");
    auto list = runLantern(dir, "alert list --db " + db);
    CHECK(list.out.rfind("alert-1\tlockdown\tactive\t", 0) == 0);
    CHECK(list.out.find("\teverywhere\tLockdown\n") != std::string::npos);
    auto render = runLantern(dir, "render --db " + db + " --room hallway-2 --describe -");
    CHECK(render.out.find("\"alert\"") != std::string::npos);
    CHECK(render.out.find("Cierre de emergencia") != std::string::npos);
    auto second = runLantern(dir, "alert raise hold --rooms hallways classroom-7b --db " + db);
    CHECK(second.out == "alert-2\n");
    CHECK(runLantern(dir, "alert clear alert-1 --db " + db).out == "cleared 1 alert\n");
    list = runLantern(dir, "alert list --db " + db);
    CHECK(lines(list.out) == 1);
    CHECK(list.out.find("\thallways classroom-7b\t") != std::string::npos);
    CHECK(runLantern(dir, "alert clear --db " + db).out == "cleared 1 alert\n");
    CHECK(runLantern(dir, "alert list --db " + db).out.empty());
}

TEST_CASE("AlertCli: bad input exits 2, names the problem and changes nothing") {
    TempDir dir;
    auto db = makeDemo(dir);
    SUBCASE("an unknown room or group") {
        auto r = runLantern(dir, "alert raise evacuate --rooms hallways gym --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find("'gym'") != std::string::npos);
    }
    SUBCASE("an unknown kind") {
        auto r = runLantern(dir, "alert raise lockout --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find("unknown alert kind 'lockout'") != std::string::npos);
    }
    SUBCASE("a custom alert without a message") {
        auto r = runLantern(dir, "alert raise custom --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find("--message") != std::string::npos);
    }
    SUBCASE("an unknown alert id to clear") {
        auto r = runLantern(dir, "alert clear alert-9 --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find("'alert-9'") != std::string::npos);
    }
    SUBCASE("a CAP file that is not XML") {
        auto bad = dir.path / "bad.xml";
        std::ofstream(bad) << "<alert><identifier>oops</alert>";
        auto r = runLantern(dir, "alert cap " + bad.string() + " --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find(bad.string() + ": not well-formed XML") != std::string::npos);
    }
    SUBCASE("the XXE sample is refused without fetching anything") {
        auto xee = capSample("xee.cap");
        if (!fs::exists(xee)) {
            MESSAGE("skipped: ", xee.string(), " is absent");
            return;
        }
        auto r = runLantern(dir, "alert cap " + xee.string() + " --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find("xee.cap: CAP message has a DOCTYPE; refused") != std::string::npos);
    }
    CHECK(runLantern(dir, "alert list --db " + db).out.empty());
}

TEST_CASE("AlertCli: a CAP Alert, then an Update that replaces it, then a Cancel") {
    TempDir dir;
    auto db = makeDemo(dir);
    std::string first = "ops@district.example,A1,2026-11-23T08:00:00-05:00";
    std::string second = "ops@district.example,A2,2026-11-23T08:00:00-05:00";
    auto r =
        runLantern(dir, "alert cap " + capFile(dir, "a1.xml", "A1", "Alert", "") + " --db " + db);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("shows alert " + first) != std::string::npos);
    CHECK(runLantern(dir, "alert list --db " + db).out.rfind(first + "\tcap\tactive\t", 0) == 0);

    r = runLantern(dir,
                   "alert cap " + capFile(dir, "a2.xml", "A2", "Update", first) + " --db " + db);
    CHECK(r.out.find("cleared 1 open alert") != std::string::npos);
    auto list = runLantern(dir, "alert list --db " + db).out;
    CHECK(lines(list) == 1);
    CHECK(list.rfind(second + "\t", 0) == 0);
    CHECK(list.find("\tGas leak A2\n") != std::string::npos);

    r = runLantern(dir,
                   "alert cap " + capFile(dir, "c.xml", "C1", "Cancel", second) + " --db " + db);
    CHECK(r.out.find("cancels 1") != std::string::npos);
    CHECK(runLantern(dir, "alert list --db " + db).out.empty());

    SUBCASE("re-applying a cancelled message leaves it cleared") {
        r = runLantern(dir, "alert cap " + (dir.path / "a2.xml").string() + " --db " + db);
        CHECK(r.out.find("stays cleared") != std::string::npos);
        CHECK(runLantern(dir, "alert list --db " + db).out.empty());
    }
}

TEST_CASE("AlertCli: the OASIS thunderstorm sample is applied (it expired in 2003)") {
    auto storm = capSample("thunderstorm.cap");
    if (!fs::exists(storm)) {
        MESSAGE("skipped: ", storm.string(), " is absent");
        return;
    }
    TempDir dir;
    auto db = makeDemo(dir);
    auto r = runLantern(dir, "alert cap " + storm.string() + " --db " + db);
    CHECK(r.status == 0);
    CHECK(r.out.find("(already expired)") != std::string::npos);
    auto list = runLantern(dir, "alert list --db " + db).out;
    CHECK(list.find("\tcap\texpired\t") != std::string::npos);
    CHECK(list.find("SEVERE THUNDERSTORM WARNING") != std::string::npos);
}
