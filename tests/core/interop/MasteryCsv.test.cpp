#include "core/interop/MasteryCsv.hpp"

#include "core/model/Dates.hpp"
#include "core/model/LocalTime.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace lantern;

namespace {

MasteryScale scale() {
    MasteryScale s;
    s.levels = {{1, {{"en", "Beginning"}, {"es", "Inicial"}}, "#000000"},
                {2, {{"en", "Developing"}, {"es", "En desarrollo"}}, "#000000"},
                {3, {{"en", "Mastered"}, {"es", "Dominado"}, {"ru", "Освоено"}}, "#000000"},
                {4, {{"en", "Extending"}, {"fr", "Élargi"}}, "#000000"}};
    return s;
}

const Days kToday = *parseDate("2026-11-20");

std::vector<MasteryCsvRow> readAll(const std::string& text, std::vector<std::string>& keep) {
    std::istringstream in(text);
    const auto s = scale();
    MasteryCsvReader reader(in, "m.csv", s, kToday);
    std::vector<MasteryCsvRow> rows;
    MasteryCsvRow row;
    while (reader.next(row)) {
        keep.push_back(std::string(row.learnerId) + "," + std::string(row.competencyCode) + "," +
                       std::string(row.source));
        rows.push_back(row);
    }
    return rows;
}

std::string failure(const std::string& text) {
    std::vector<std::string> keep;
    try {
        (void)readAll(text, keep);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("MasteryCsv: rows are read by header name in any order") {
    std::vector<std::string> keep;
    const auto rows = readAll("date,level,competency_code,section_id,learner_id,source\n"
                              "2026-10-01,3,MATH.1,7B,L1,quiz\n"
                              "2026-10-02,Developing,MATH.2,7B,L2,\n",
                              keep);
    REQUIRE(rows.size() == 2);
    CHECK(keep[0] == "L1,MATH.1,quiz");
    CHECK(rows[0].level == 3);
    CHECK(rows[0].date == *parseDate("2026-10-01"));
    CHECK(rows[1].level == 2);
    CHECK(keep[1] == "L2,MATH.2,");
}

TEST_CASE("MasteryCsv: semicolons, a BOM and CRLF are accepted; source is optional") {
    std::vector<std::string> keep;
    const auto rows = readAll("\xEF\xBB\xBFlearner_id;section_id;competency_code;level;date\r\n"
                              "L1;7B;MATH.1;4;2026-11-21\r\n",
                              keep);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].level == 4);
    CHECK(rows[0].source.empty());
}

TEST_CASE("MasteryCsv: level labels match in any school language, ignoring case") {
    const LevelNames names(scale());
    CHECK(names.find("mastered") == 3);
    CHECK(names.find("DOMINADO") == 3);
    CHECK(names.find("ОСВОЕНО") == 3);
    CHECK(names.find("élargi") == 4);
    CHECK(names.find("ÉLARGI") == 4);
    CHECK(names.find("en desarrollo") == 2);
    CHECK(names.find("1") == 1);
    CHECK_FALSE(names.find("5"));
    CHECK_FALSE(names.find("Expert"));
    CHECK_FALSE(names.find(""));
}

TEST_CASE("MasteryCsv: ISO dates are strict") {
    CHECK(parseDate("2024-02-29") == Days(std::chrono::year(2024) / 2 / 29));
    CHECK_FALSE(parseDate("2023-02-29"));
    CHECK_FALSE(parseDate("2026-13-01"));
    CHECK_FALSE(parseDate("1/05/2023"));
    CHECK_FALSE(parseDate("2026-1-05"));
    CHECK_FALSE(parseDate("2026-01-05T10:00"));
}

TEST_CASE("MasteryCsv: errors name the file, the line and the column") {
    const std::string header = "learner_id,section_id,competency_code,level,date\n";
    SUBCASE("a missing column") {
        CHECK(failure("learner_id,section_id,level,date\nL1,7B,3,2026-10-01\n") ==
              "m.csv:1: competency_code: the header has no column 'competency_code'");
    }
    SUBCASE("a bad level") {
        CHECK(failure(header + "L1,7B,MATH.1,3,2026-10-01\nL1,7B,MATH.1,Expert,2026-10-01\n")
                  .starts_with("m.csv:3: level: 'Expert' is not a rank 1-4"));
    }
    SUBCASE("a bad date") {
        CHECK(failure(header + "L1,7B,MATH.1,3,10/01/2026\n") ==
              "m.csv:2: date: '10/01/2026' is not a date like 2026-11-20");
    }
    SUBCASE("a date after tomorrow") {
        CHECK(failure(header + "L1,7B,MATH.1,3,2026-11-21\nL1,7B,MATH.1,3,2026-11-22\n") ==
              "m.csv:3: date: '2026-11-22' is in the future (the latest accepted is "
              "2026-11-21)");
    }
    SUBCASE("an empty required cell") {
        CHECK(failure(header + "L1,,MATH.1,3,2026-10-01\n") == "m.csv:2: section_id: is empty");
    }
    SUBCASE("an unclosed quote in a truncated file") {
        CHECK(failure(header + "L1,7B,\"MATH.1,3,2026-10-01\n").starts_with("m.csv:2:"));
    }
}

TEST_CASE("MasteryCsv: a short row after full ones has only its own cells, on its own line") {
    const std::string header = "learner_id,section_id,competency_code,level,date,source\n";
    std::vector<std::string> keep;
    const auto rows = readAll(header + "L1,7B,MATH.1,3,2026-10-01,quiz\n"
                                       "L2,7B,MATH.2,2,2026-10-02,\"multi\nline\"\n"
                                       "L3,7B,MATH.3,1,2026-10-03\n"
                                       "L4,7B,MATH.4,4,2026-10-04,exit\n",
                              keep);
    CHECK(keep == std::vector<std::string>{"L1,MATH.1,quiz", "L2,MATH.2,multi\nline", "L3,MATH.3,",
                                           "L4,MATH.4,exit"});
    CHECK(rows.size() == 4);
    // Cells of an earlier row never fill a later, shorter one.
    CHECK(failure(header + "L1,7B,MATH.1,3,2026-10-01,quiz\nL2,7B,MATH.1,3\n") ==
          "m.csv:3: date: is empty");
}
