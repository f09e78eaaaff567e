#include "core/interop/CsvRead.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace lantern;

namespace {

std::vector<std::vector<std::string>> readAll(const std::string& text,
                                              CsvReader::Options options = {}) {
    std::istringstream in(text);
    CsvReader reader(in, "t.csv", options);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> fields;
    while (reader.next(fields))
        rows.push_back(fields);
    return rows;
}

std::string failure(const std::string& text) {
    try {
        (void)readAll(text);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("CsvRead: BOM, CRLF, no final newline and quoted separators and line breaks") {
    const auto rows =
        readAll("\xEF\xBB\xBF"
                "id,name\r\n1,\"Núñez, Ana\"\r\n2,\"two\r\nlines\"\r\n3,\"say \"\"hi\"\"\"");
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == std::vector<std::string>{"id", "name"});
    CHECK(rows[1][1] == "Núñez, Ana");
    CHECK(rows[2][1] == "two\r\nlines");
    CHECK(rows[3][1] == "say \"hi\"");
}

TEST_CASE("CsvRead: blank lines are skipped and each record knows the line it starts on") {
    std::istringstream in("a,b\n\n1,\"x\ny\"\n2,z\n");
    CsvReader reader(in, "t.csv");
    std::vector<std::string> f;
    REQUIRE(reader.next(f));
    CHECK(reader.line() == 1);
    REQUIRE(reader.next(f));
    CHECK(reader.line() == 3);
    REQUIRE(reader.next(f));
    CHECK(f == std::vector<std::string>{"2", "z"});
    CHECK(reader.line() == 5);
    CHECK_FALSE(reader.next(f));
}

TEST_CASE("CsvRead: ';' is sniffed from the header when asked, and kept otherwise") {
    CHECK(readAll("a;b\n1;2\n", {',', true})[1] == std::vector<std::string>{"1", "2"});
    CHECK(readAll("a;b\n1;2\n")[1] == std::vector<std::string>{"1;2"});
    CHECK(readAll("\"x;y\",b\n1,2\n", {',', true})[0] == std::vector<std::string>{"x;y", "b"});
}

TEST_CASE("CsvRead: an unclosed quote and a stray quote name the file and line") {
    CHECK(failure("a,b\n1,\"open\n").starts_with("t.csv:"));
    CHECK(failure("a,b\n1,\"open\n").find("quote") != std::string::npos);
    CHECK(failure("a,b\n1,x\"y\"z\n").starts_with("t.csv:2: malformed CSV"));
}

TEST_CASE("CsvTable: columns by name in any order and case; cells trimmed; short rows empty") {
    std::istringstream in(" Name ,ID,,\n Ana ,7\n");
    CsvTable table(in, "t.csv");
    CHECK(table.column("id") == 1);
    CHECK(table.column("name") == 0);
    CHECK_FALSE(table.column("grade").has_value());
    REQUIRE(table.next());
    CHECK(table.cell(0) == "Ana");
    CHECK(table.cell(3).empty());
    CHECK(table.cell(table.column("grade")).empty());
    CHECK_FALSE(table.next());
}

TEST_CASE("CsvTable: a missing column and a bad cell name file, line and column") {
    std::istringstream in("id,date\n1,yesterday\n");
    CsvTable table(in, "m.csv");
    try {
        (void)table.requireColumn("level");
        FAIL("expected an error");
    } catch (const ImportError& e) {
        CHECK(std::string(e.what()) == "m.csv:1: level: the header has no column 'level'");
    }
    REQUIRE(table.next());
    try {
        table.fail(*table.column("date"), "'yesterday' is not a date");
    } catch (const ImportError& e) {
        CHECK(e.line == 2);
        CHECK(e.field == "date");
        CHECK(std::string(e.what()) == "m.csv:2: date: 'yesterday' is not a date");
    }
    std::istringstream empty("");
    CHECK_THROWS_AS(CsvTable(empty, "e.csv"), ImportError);
}
