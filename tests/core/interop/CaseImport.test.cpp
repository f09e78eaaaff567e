#include "core/interop/CaseImport.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lantern;

namespace {

// The sample's text, or "" (with a MESSAGE) when the interop folder is absent.
std::string sample(const std::string& name) {
    const auto path = std::filesystem::path(LANTERN_INTEROP_DIR) / "case" / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        MESSAGE("skipped: ", path.string(), " is absent");
        return {};
    }
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string item(const std::string& id, const std::string& code, const std::string& full,
                 const std::string& extra = "") {
    return R"({"identifier": ")" + id + R"(", "humanCodingScheme": ")" + code +
           R"(", "fullStatement": ")" + full + "\"" + extra + "}";
}

std::string childOf(const std::string& child, const std::string& parent, int sequence = 0,
                    const std::string& type = "isChildOf") {
    std::string a = R"({"identifier": "a-)" + child + "-" + parent + R"(", "associationType": ")" +
                    type + R"(", "originNodeURI": {"identifier": ")" + child + R"(", "uri": "u:)" +
                    child + R"("}, "destinationNodeURI": {"identifier": ")" + parent +
                    R"(", "uri": "https://other.example/)" + parent + R"(", "title": "T )" +
                    parent + "\"}";
    if (sequence) a += ", \"sequenceNumber\": " + std::to_string(sequence);
    return a + "}";
}

std::string package(const std::vector<std::string>& items, const std::vector<std::string>& links,
                    const std::string& docExtra = "") {
    std::string out = R"({"CFDocument": {"identifier": "doc", "title": "Science",
        "uri": "https://case.example/doc", "lastChangeDateTime": "2020-01-01T10:00:00")" +
                      docExtra + "}, \"CFItems\": [";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items[i];
    out += "], \"CFAssociations\": [";
    for (std::size_t i = 0; i < links.size(); ++i)
        out += (i ? "," : "") + links[i];
    return out + "]}";
}

// A three-level tree: D1 > C1 > (T1 > T2), with sequence numbers out of file order.
std::string tree(const std::string& docExtra = "") {
    return package(
        {item("t2", "S.1.1.a.i", "Deepest", R"(, "educationalLevel": "07")"),
         item("c2", "S.1.2", "Second comp"), item("d1", "S.1", "Life science"),
         item("c1", "S.1.1", "Cells are the unit of life", R"(, "abbreviatedStatement": "Cells")"),
         item("t1", "S.1.1.a", "Name the parts of a cell")},
        {childOf("d1", "doc"), childOf("c2", "d1", 2), childOf("c1", "d1", 1), childOf("t1", "c1"),
         childOf("t2", "t1"), childOf("c1", "ext-1", 0, "exactMatchOf")},
        docExtra);
}

template <typename F> ImportError errorOf(F f) {
    try {
        f();
    } catch (const ImportError& e) {
        return e;
    }
    FAIL("no ImportError");
    return ImportError("", 0, "", "");
}

} // namespace

TEST_CASE("CaseImport: the document's children are domains, theirs competencies, deeper ones "
          "learning targets") {
    const auto data = parseCasePackage(tree(), "sci.json", "en");
    CHECK(data.framework.id == "doc");
    CHECK(data.framework.source == "case");
    CHECK(data.framework.title.at("en") == "Science");
    CHECK(data.framework.uri == "https://case.example/doc");
    REQUIRE(data.domains.size() == 1);
    CHECK(data.domains[0].id == "d1");
    CHECK(data.domains[0].code == "S.1");
    CHECK(data.domains[0].frameworkId == "doc");
    REQUIRE(data.competencies.size() == 2);
    CHECK(data.competencies[0].id == "c1"); // sequenceNumber 1 before 2
    CHECK(data.competencies[0].domainId == "d1");
    CHECK(data.competencies[0].title.at("en") == "Cells");
    CHECK(data.competencies[0].meaning.at("en") == "Cells are the unit of life");
    CHECK(data.competencies[1].title.at("en") == "Second comp");
    CHECK(data.competencies[1].meaning.empty());
    REQUIRE(data.learningTargets.size() == 2);
    CHECK(data.learningTargets[0].id == "t1");
    CHECK(data.learningTargets[1].id == "t2");
    CHECK(data.learningTargets[1].competencyId == "c1"); // its competency ancestor
    CHECK(data.learningTargets[1].sortOrder > data.learningTargets[0].sortOrder);
}

TEST_CASE("CaseImport: links outside the package are kept as references, not refused") {
    SUBCASE("an association to an outside item") {
        const auto data = parseCasePackage(tree(), "sci.json", "en");
        REQUIRE(data.refs.size() == 1);
        CHECK(data.refs[0] ==
              FrameworkRef{"c1", "exactMatchOf", "https://other.example/ext-1", "T ext-1"});
    }
    SUBCASE("an isChildOf to an outside parent puts the item at the top, with a warning") {
        const auto data =
            parseCasePackage(package({item("a", "A", "Alpha"), item("b", "B", "Beta")},
                                     {childOf("a", "doc"), childOf("b", "elsewhere")}),
                             "x.json", "en");
        REQUIRE(data.competencies.size() == 2); // both top level, no children: one domain
        CHECK(data.domains.size() == 1);
        CHECK(data.refs.size() == 1);
        CHECK(std::any_of(data.warnings.begin(), data.warnings.end(), [](const auto& w) {
            return w.find("outside the package") != std::string::npos;
        }));
    }
}

TEST_CASE("CaseImport: texts go under the document's language, else the school's") {
    CHECK(parseCasePackage(tree(R"(, "language": "es-MX")"), "s.json", "en")
              .competencies[0]
              .title.count("es") == 1);
    CHECK(parseCasePackage(tree(), "s.json", "fr").domains[0].title.count("fr") == 1);
}

TEST_CASE("CaseImport: the shared samples import") {
    SUBCASE("4-byte UTF-8 survives; a flat list becomes one domain for the document") {
        const auto text = sample("Utf8TestFramework.json");
        if (text.empty()) return;
        const auto data = parseCasePackage(text, "Utf8TestFramework.json", "en");
        CHECK(data.framework.title.at("en") == "UTF8 \xF0\x9D\x91\x91 Test");
        REQUIRE(data.domains.size() == 1);
        CHECK(data.domains[0].id == data.framework.id);
        REQUIRE(data.competencies.size() == 1);
        CHECK(data.competencies[0].title.at("en") == "Item \xF0\x9D\x91\x91 1");
        CHECK(data.competencies[0].code == "00000000"); // no coding scheme: the id's start
    }
    SUBCASE("sequenceNumber orders siblings") {
        const auto text = sample("SequenceNumberFramework.json");
        if (text.empty()) return;
        const auto data = parseCasePackage(text, "SequenceNumberFramework.json", "en");
        REQUIRE(data.competencies.size() == 2);
        CHECK(data.competencies[0].code == "SNT.2");
        CHECK(data.competencies[1].code == "SNT.1");
    }
    SUBCASE("without sequence numbers, codes order naturally (L1.2 before L1.10)") {
        const auto text = sample("Ordering.json");
        if (text.empty()) return;
        const auto data = parseCasePackage(text, "Ordering.json", "en");
        CHECK(data.domains.size() == 1);
        CHECK(data.competencies.size() == 1);
        REQUIRE(data.learningTargets.size() == 26);
        CHECK(data.learningTargets[2].code == "H.A.MATH.GM.PF.2DFP.L1.1");
        CHECK(data.learningTargets[3].code == "H.A.MATH.GM.PF.2DFP.L1.2");
        CHECK(data.learningTargets.back().code == "H.A.MATH.GM.PF.2DFP.L1.24");
        CHECK(data.warnings.empty());
    }
    SUBCASE("the CASE JSON schema is not a package") {
        const auto text = sample("case-v1p1-cfpackage.json");
        if (text.empty()) return;
        const auto e = errorOf([&] { (void)parseCasePackage(text, "schema.json", "en"); });
        CHECK(e.field == "CFDocument");
        CHECK(e.file == "schema.json");
    }
}

TEST_CASE("CaseImport: broken packages are refused naming the file, line or JSON path") {
    SUBCASE("truncated: not JSON, with the line") {
        const auto text = tree();
        const auto cut = text.substr(0, text.size() / 2);
        const auto e = errorOf([&] { (void)parseCasePackage(cut, "cut.json", "en"); });
        CHECK(e.file == "cut.json");
        CHECK(e.line == 1 + std::count(cut.begin(), cut.end(), '\n'));
        CHECK(std::string(e.what()).find("not JSON") != std::string::npos);
    }
    SUBCASE("no CFDocument") {
        const auto e =
            errorOf([] { (void)parseCasePackage(R"({"CFItems": []})", "a.json", "en"); });
        CHECK(e.field == "CFDocument");
    }
    SUBCASE("duplicate identifiers") {
        const auto e = errorOf([] {
            (void)parseCasePackage(package({item("a", "A", "x"), item("a", "B", "y")}, {}),
                                   "dup.json", "en");
        });
        CHECK(e.field == "CFItems[1].identifier");
        CHECK(std::string(e.what()) == "dup.json: CFItems[1].identifier: duplicate identifier a");
    }
    SUBCASE("an item without an identifier") {
        const auto e = errorOf([] {
            (void)parseCasePackage(package({R"({"fullStatement": "x"})"}, {}), "m.json", "en");
        });
        CHECK(e.field == "CFItems[0].identifier");
    }
    SUBCASE("an isChildOf cycle") {
        const auto e = errorOf([] {
            (void)parseCasePackage(package({item("a", "A", "x"), item("b", "B", "y")},
                                           {childOf("a", "b"), childOf("b", "a")}),
                                   "loop.json", "en");
        });
        CHECK(e.field.rfind("CFAssociations[", 0) == 0);
        CHECK(std::string(e.what()).find("cycle") != std::string::npos);
    }
}
