#include "core/interop/CanvasOutcomes.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lantern;

namespace {

const char* kHeader = "canvas_id,vendor_guid,object_type,title,description,display_name,"
                      "calculation_method,calculation_int,workflow_state,parent_guids,"
                      "mastery_points,ratings,,,,,\n";

FrameworkImportData parse(const std::string& text, const std::string& file = "math.csv") {
    std::istringstream in(text);
    return parseCanvasOutcomes(in, file, "en");
}

ImportError errorOf(const std::string& text, const std::string& file = "bad.csv") {
    try {
        (void)parse(text, file);
    } catch (const ImportError& e) {
        return e;
    }
    FAIL("no ImportError");
    return ImportError("", 0, "", "");
}

std::filesystem::path samplePath(const std::string& name) {
    return std::filesystem::path(LANTERN_INTEROP_DIR) / "gradebook" / name;
}

} // namespace

TEST_CASE("CanvasOutcomes: groups become domains by their path, outcomes competencies") {
    const auto data = parse(std::string(kHeader) +
                            ",m,group,Math,,,,,active,,,,\n"
                            ",n,group,Number,,,,,active,m,,,\n"
                            ",o1,outcome,Fractions,<p>Add &amp; subtract</p>,,n_mastery,3,active,"
                            "m n,3,4,Exceeds,3,Mastery,2,Near,1,\n"
                            ",o2,outcome,Loose,desc,Short name,,,active,,,2,Yes\n");
    CHECK(data.framework.id == "canvas:math");
    CHECK(data.framework.source == "canvas");
    REQUIRE(data.domains.size() == 2);
    CHECK(data.domains[0].id == "canvas:n"); // the deepest of o1's groups
    CHECK(data.domains[0].title.at("en") == "Math > Number");
    CHECK(data.domains[0].code == "n");
    CHECK(data.domains[1].id == "canvas:math"); // outcomes with no group: named after the file
    CHECK(data.domains[1].title.at("en") == "math");
    REQUIRE(data.competencies.size() == 2);
    const auto& c = data.competencies[0];
    CHECK(c.id == "canvas:o1");
    CHECK(c.code == "o1");
    CHECK(c.domainId == "canvas:n");
    CHECK(c.meaning.at("en") == "Add & subtract");
    CHECK(c.calculationMethod == "n_mastery");
    CHECK(c.calculationInt == 3.0);
    CHECK(c.masteryPoints == 3.0);
    REQUIRE(c.ratings.size() == 4);
    CHECK(c.ratings[0] == Rating{4, "Exceeds"});
    CHECK(c.ratings[3] == Rating{1, ""});
    CHECK(data.competencies[1].meaning.at("en") == "Short name");
}

TEST_CASE("CanvasOutcomes: the first outcome's ratings suggest a mastery scale") {
    const auto data =
        parse(std::string(kHeader) + ",o1,outcome,A,,,,,active,,3,4,Exceeds,3,Mastery,2,Near,1,\n");
    REQUIRE(data.suggestedScale);
    const auto& s = *data.suggestedScale;
    REQUIRE(s.levels.size() == 4);
    CHECK(s.levels[0].rank == 1);
    CHECK(s.levels[0].label.at("en") == "1"); // blank description: the points
    CHECK(s.levels[3].label.at("en") == "Exceeds");
    CHECK(s.masteredRank == 3); // the rating at mastery_points 3
    CHECK(s.levels[0].color == "#E66101");
    CHECK(s.levels[3].color == "#5E3C99");
}

TEST_CASE("CanvasOutcomes: stripHtml keeps the words") {
    CHECK(stripHtml("<p>One&nbsp;<b>two</b></p>\n<p>3 &lt; 4</p>") == "One two 3 < 4");
}

TEST_CASE("CanvasOutcomes: the shared samples import") {
    for (const char* name : {"demo.csv", "scoring.csv"}) {
        std::ifstream in(samplePath(name), std::ios::binary);
        if (!in) {
            MESSAGE("skipped: ", samplePath(name).string(), " is absent");
            continue;
        }
        CAPTURE(name);
        const auto data = parseCanvasOutcomes(in, name, "en");
        REQUIRE_FALSE(data.competencies.empty());
        CHECK(data.competencies[0].id == "canvas:c");
        CHECK(data.competencies[0].domainId == "canvas:b"); // parents "a b": b is inside a
        CHECK(data.competencies[0].ratings.size() == 3);
        CHECK(data.domains[0].title.at("en") == "A > B");
        REQUIRE(data.suggestedScale);
        CHECK(data.suggestedScale->levels.back().label.at("en") == "Betterest");
        if (std::string(name) == "scoring.csv") {
            CHECK(data.competencies.size() == 7);
            CHECK(data.domains.size() == 2);
        }
    }
}

TEST_CASE("CanvasOutcomes: broken files are refused naming file, line and column") {
    const std::string h = kHeader;
    SUBCASE("wrong header") {
        const auto e = errorOf("guid,type,title\nx,outcome,X\n");
        CHECK(e.field == "vendor_guid");
        CHECK(e.line == 1);
    }
    SUBCASE("truncated: the last row cut off before its title") {
        const auto e = errorOf(h + ",a,group,A,,,,,active,,,\n,b,outc");
        CHECK(e.file == "bad.csv");
        CHECK(e.line == 3);
        CHECK(e.field == "object_type");
    }
    SUBCASE("duplicate ids") {
        const auto e = errorOf(h + ",a,group,A,,,,,active,,,\n,a,outcome,B,,,,,active,,,\n");
        CHECK(std::string(e.what()) ==
              "bad.csv:3: vendor_guid: duplicate vendor_guid a (first on line 2)");
    }
    SUBCASE("a parent that is in no row") {
        const auto e = errorOf(h + ",a,outcome,A,,,,,active,ghost,,\n");
        CHECK(e.line == 2);
        CHECK(e.field == "parent_guids");
    }
    SUBCASE("non-numeric rating points") {
        const auto e = errorOf(h + ",a,outcome,A,,,,,active,,,three,Good\n");
        CHECK(e.line == 2);
        CHECK(e.field == "ratings");
    }
    SUBCASE("non-numeric mastery points") {
        CHECK(errorOf(h + ",a,outcome,A,,,,,active,,x,\n").field == "mastery_points");
    }
    SUBCASE("an unknown calculation method") {
        const auto e = errorOf(h + ",a,outcome,A,,,median,,active,,,\n");
        CHECK(e.field == "calculation_method");
        CHECK(e.line == 2);
    }
    SUBCASE("an unknown object type") {
        CHECK(errorOf(h + ",a,folder,A,,,,,active,,,\n").field == "object_type");
    }
}
