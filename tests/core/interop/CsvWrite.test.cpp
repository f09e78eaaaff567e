#include "core/interop/CsvWrite.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("CsvWrite: every field is quoted, inner quotes doubled, the record ends in CRLF") {
    CHECK(csvRow({"a", "b"}) == "\"a\",\"b\"\r\n");
    CHECK(csvRow({"say \"hi\"", "x,y"}) == "\"say \"\"hi\"\"\",\"x,y\"\r\n");
    CHECK(csvRow({"two\nlines", ""}) == "\"two\nlines\",\"\"\r\n");
    CHECK(csvRow({"Noche de Innovación"}) == "\"Noche de Innovación\"\r\n");
}
