#include "core/interop/CanvasMastery.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace lantern;

namespace {

const std::string kHeader = "Student name,Student ID,Student SIS ID,"
                            "Math > Number > Fractions result,Math > Number > Fractions mastery "
                            "points,Writing > Claims result,Writing > Claims mastery points\n";

std::string failure(const std::string& text) {
    try {
        std::istringstream in(text);
        CanvasMasteryReader reader(in, "g.csv");
        while (reader.next())
            for (const auto& outcome : reader.outcomes())
                (void)reader.result(outcome);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("CanvasMastery: the header gives outcome paths with their mastery points columns") {
    std::istringstream in(kHeader + "\"Lee, Ana\",101,S-1,3,3,,3\n");
    CanvasMasteryReader reader(in, "g.csv");
    REQUIRE(reader.outcomes().size() == 2);
    CHECK(reader.outcomes()[0].path == "Math > Number > Fractions");
    CHECK(reader.outcomes()[0].result == 3);
    CHECK(reader.outcomes()[0].masteryPoints == 4);
    CHECK(reader.outcomes()[1].path == "Writing > Claims");
    REQUIRE(reader.next());
    CHECK(reader.studentId() == "101");
    CHECK(reader.sisId() == "S-1");
    CHECK(reader.result(reader.outcomes()[0]) == 3.0);
    CHECK(reader.masteryPoints(reader.outcomes()[0]) == 3.0);
    CHECK_FALSE(reader.result(reader.outcomes()[1])); // blank: not assessed
    CHECK_FALSE(reader.next());
}

TEST_CASE("CanvasMastery: older exports without SIS ID, with a BOM, ';' and decimal commas") {
    std::istringstream in("\xEF\xBB\xBF\"Student name\";\"Student ID\";\"Claims result\"\r\n"
                          "\"Ana\";101;2,5\r\n");
    CanvasMasteryReader reader(in, "g.csv");
    REQUIRE(reader.outcomes().size() == 1);
    CHECK_FALSE(reader.outcomes()[0].masteryPoints);
    REQUIRE(reader.next());
    CHECK(reader.sisId().empty());
    CHECK(reader.result(reader.outcomes()[0]) == 2.5);
}

TEST_CASE("CanvasMastery: bad files name file, line and column") {
    CHECK(failure("Student name,Claims result\nAna,3\n") ==
          "g.csv:1: Student ID: the header has no column 'Student ID'");
    CHECK(failure("Student name,Student ID\nAna,1\n").starts_with("g.csv:1: "));
    CHECK(failure(kHeader + "Ana,101,S-1,3,3,high,3\n") ==
          "g.csv:2: Writing > Claims result: 'high' is not a number");
    CHECK(failure(kHeader + "Ana,101,S-1,\"3,3,,3\n").starts_with("g.csv:2:"));
}

TEST_CASE("CanvasMastery: outcome columns match competencies by title, then group path") {
    const std::vector<CanvasOutcomeCandidate> candidates = {
        {"canvas:a", "Fractions", "Math > Number"},
        {"canvas:b", "Claims", "Writing"},
        {"canvas:c", "Claims", "Science > Argument"},
    };
    auto column = [](std::string path) {
        return CanvasOutcomeColumn{path + " result", path, 3, {}};
    };
    CHECK(matchOutcomeColumns({column("Math > Number > Fractions")}, candidates, "g.csv") ==
          std::vector<std::string>{"canvas:a"});
    CHECK(matchOutcomeColumns({column("Fractions")}, candidates, "g.csv") ==
          std::vector<std::string>{"canvas:a"});
    CHECK(matchOutcomeColumns({column("Writing > Claims"), column("Science > Argument > Claims")},
                              candidates,
                              "g.csv") == std::vector<std::string>{"canvas:b", "canvas:c"});
    SUBCASE("a root group before the stored path still matches") {
        CHECK(matchOutcomeColumns({column("District > Science > Argument > Claims")}, candidates,
                                  "g.csv") == std::vector<std::string>{"canvas:c"});
    }
    SUBCASE("an unknown or ambiguous outcome names the column") {
        CHECK_THROWS_WITH(matchOutcomeColumns({column("Math > Decimals")}, candidates, "g.csv"),
                          doctest::Contains("g.csv:1: Math > Decimals result: no competency"));
        CHECK_THROWS_WITH(matchOutcomeColumns({column("Claims")}, candidates, "g.csv"),
                          doctest::Contains("several competencies (canvas:b, canvas:c)"));
    }
}
