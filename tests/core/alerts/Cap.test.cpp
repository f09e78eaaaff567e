#include "core/alerts/Cap.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lantern;
using namespace std::chrono;

namespace {

std::filesystem::path interopDir() {
#ifdef LANTERN_INTEROP_DIR
    return LANTERN_INTEROP_DIR;
#else
    return std::filesystem::path(LANTERN_SOURCE_DIR) / ".." / "shared" / "interop";
#endif
}

// The sample's text, or "" (with a MESSAGE) when the interop folder is absent.
std::string sample(const std::string& name) {
    auto path = interopDir() / "cap" / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        MESSAGE("skipped: ", path.string(), " is absent");
        return {};
    }
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Instant at(int y, unsigned mo, unsigned d, int h, int mi, int s = 0) {
    return Instant{sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s}};
}

std::string minimal(const std::string& inside) {
    return "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">" + inside + "</alert>";
}

const std::string kHeader = "<identifier>X1</identifier><sender>s@example.org</sender>"
                            "<sent>2026-11-23T08:00:00-05:00</sent><status>Actual</status>";

std::string errorOf(const std::string& xml) {
    try {
        (void)parseCap(xml);
    } catch (const CapError& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("Cap: dateTime with an offset becomes the UTC instant") {
    CHECK(parseCapDateTime("2003-06-17T14:57:00-07:00") == at(2003, 6, 17, 21, 57));
    CHECK(parseCapDateTime("2012-05-02T23:21:04-00:00") == at(2012, 5, 2, 23, 21, 4));
    CHECK(parseCapDateTime("2026-01-01T01:30:00+05:30") == at(2025, 12, 31, 20, 0));
    SUBCASE("malformed ones are refused") {
        CHECK_FALSE(parseCapDateTime("2003-06-17T14:57:00Z"));
        CHECK_FALSE(parseCapDateTime("2003-06-17 14:57:00-07:00"));
        CHECK_FALSE(parseCapDateTime("2003-02-30T14:57:00-07:00"));
        CHECK_FALSE(parseCapDateTime("2003-06-17T24:00:00-07:00"));
        CHECK_FALSE(parseCapDateTime(""));
    }
}

TEST_CASE("Cap: the OASIS thunderstorm example (xmlns with spaces, no language)") {
    auto xml = sample("thunderstorm.cap");
    if (xml.empty()) return;
    auto m = parseCap(xml);
    CHECK(m.identifier == "KSTO1055887203");
    CHECK(m.sender == "KSTO@NWS.NOAA.GOV");
    CHECK(m.sentText == "2003-06-17T14:57:00-07:00");
    CHECK(m.sent == at(2003, 6, 17, 21, 57));
    CHECK(m.status == "Actual");
    CHECK(m.msgType == CapMsgType::Alert);
    CHECK(m.scope == "Public");
    CHECK(m.references.empty());
    REQUIRE(m.infos.size() == 1);
    const auto& info = m.infos[0];
    CHECK(info.language == "en-US");
    CHECK(info.event == "SEVERE THUNDERSTORM");
    CHECK(info.urgency == "Immediate");
    CHECK(info.severity == "Severe");
    CHECK(info.certainty == "Observed");
    CHECK(info.headline == "SEVERE THUNDERSTORM WARNING");
    CHECK(info.instruction == "TAKE COVER IN A SUBSTANTIAL SHELTER UNTIL THE STORM PASSES.");
    CHECK(info.description.find("SEVERE THUNDERSTORM OVER SOUTH") != std::string::npos);
    CHECK(info.description.find('\n') == std::string::npos); // sender's wrapping collapsed
    CHECK(info.expires == at(2003, 6, 17, 23, 0));
    REQUIRE(info.areaDescs.size() == 1);
    CHECK(info.areaDescs[0].rfind("EXTREME NORTH CENTRAL TUOLUMNE", 0) == 0);
}

TEST_CASE("Cap: the Canadian bilingual Update keeps both infos and its references") {
    auto xml = sample("canada.cap");
    if (xml.empty()) return;
    auto m = parseCap(xml);
    CHECK(m.msgType == CapMsgType::Update);
    REQUIRE(m.references.size() == 2);
    CHECK(m.references[0].sender == "cap@ec.gc.ca");
    CHECK(m.references[0].identifier == "2.49.0.1.124.a3f342a4.2012");
    CHECK(m.references[0].sent == "2012-05-02T21:45:05-00:00");
    CHECK(m.references[1].identifier == "2.49.0.1.124.60f31a3a.2012");
    REQUIRE(m.infos.size() == 2);
    CHECK(m.infos[0].language == "en-CA");
    CHECK(m.infos[1].language == "fr-CA");
    CHECK(m.infos[1].headline == "veille d'orages violents");
    CHECK(m.infos[1].areaDescs.size() == 2);
    CHECK(m.infos[0].expires == at(2012, 5, 3, 0, 20));
}

TEST_CASE("Cap: a DOCTYPE is refused, so xee.cap's external entities are never fetched") {
    auto xml = sample("xee.cap");
    if (xml.empty()) return;
    CHECK(errorOf(xml) == "CAP message has a DOCTYPE; refused (Lantern never resolves DTDs or "
                          "external entities)");
    SUBCASE("an internal DOCTYPE alone is refused too") {
        auto tiny = "<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY a \"b\">]>" +
                    minimal(kHeader + "<msgType>Alert</msgType>");
        CHECK(errorOf(tiny).find("DOCTYPE") != std::string::npos);
    }
}

TEST_CASE("Cap: malformed input names what is wrong") {
    CHECK(errorOf("this is not xml").find("not well-formed XML") != std::string::npos);
    CHECK(errorOf("<alert><identifier>X</alert>").find("not well-formed XML") != std::string::npos);
    CHECK(errorOf("<feed/>") == "not a CAP message: the root element is <feed>, not <alert>");
    CHECK(errorOf("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\"/>").find("namespace") !=
          std::string::npos);
    CHECK(errorOf(minimal("<sender>s</sender>")) ==
          "CAP message has no <identifier> (it is required)");
    CHECK(errorOf(minimal("<identifier>X</identifier>")).find("<sender>") != std::string::npos);
    CHECK(errorOf(minimal("<identifier>X</identifier><sender>s</sender>")).find("<sent>") !=
          std::string::npos);
    CHECK(errorOf(minimal(kHeader)).find("<msgType>") != std::string::npos);
    CHECK(errorOf(minimal(kHeader + "<msgType>Shout</msgType>")) ==
          "CAP <msgType> \"Shout\" is not one of Alert, Update, Cancel, Ack, Error");
    auto badSent = minimal("<identifier>X</identifier><sender>s</sender>"
                           "<sent>yesterday</sent><status>Actual</status><msgType>Alert</msgType>");
    CHECK(errorOf(badSent).find("CAP <sent> is not a dateTime") == 0);
    auto badExpires = minimal(kHeader + "<msgType>Alert</msgType><info><event>e</event>"
                                        "<expires>soon</expires></info>");
    CHECK(errorOf(badExpires).find("<expires>") != std::string::npos);
    auto badRefs = minimal(kHeader + "<msgType>Cancel</msgType><references>a,b</references>");
    CHECK(errorOf(badRefs).find("<references>") != std::string::npos);
}

TEST_CASE("Cap: prefixed elements and no namespace are read by local name") {
    auto prefixed = "<cap:alert xmlns:cap=\"urn:oasis:names:tc:emergency:cap:1.2\">"
                    "<cap:identifier>P1</cap:identifier><cap:sender>s</cap:sender>"
                    "<cap:sent>2026-11-23T08:00:00-05:00</cap:sent><cap:status>Test</cap:status>"
                    "<cap:msgType>Cancel</cap:msgType></cap:alert>";
    auto m = parseCap(prefixed);
    CHECK(m.identifier == "P1");
    CHECK(m.status == "Test");
    CHECK(m.msgType == CapMsgType::Cancel);
    auto bare = "<alert>" + kHeader + "<msgType>Ack</msgType></alert>";
    CHECK(parseCap(bare).msgType == CapMsgType::Ack);
}
