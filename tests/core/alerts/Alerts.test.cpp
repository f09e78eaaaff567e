#include "core/alerts/Alerts.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono;

namespace {

const Instant kNow = Instant{sys_days{2026y / November / 23} + hours{13} + minutes{15}};

Alert alertAt(std::string id, Instant raised, std::vector<std::string> targets = {}) {
    Alert a = builtInAlert(AlertKind::Hold, std::nullopt, std::move(targets), raised);
    a.id = std::move(id);
    return a;
}

CapMessage capMessage(CapMsgType type) {
    CapMessage m;
    m.identifier = "ID2";
    m.sender = "ops@district.example";
    m.sentText = "2026-11-23T08:10:00-05:00";
    m.sent = kNow;
    m.status = "Actual";
    m.msgType = type;
    CapInfo en;
    en.language = "en-US";
    en.event = "Gas leak";
    en.instruction = "Leave by the north doors.";
    en.description = "A gas leak near the gym.";
    en.expires = kNow + hours{2};
    CapInfo es;
    es.language = "es-US";
    es.event = "Fuga de gas";
    es.headline = "Fuga de gas cerca del gimnasio";
    es.description = "Salgan por las puertas del norte.";
    es.expires = kNow + hours{1};
    m.infos = {en, es};
    m.references = {{"ops@district.example", "ID1", "2026-11-23T08:00:00-05:00"}};
    return m;
}

} // namespace

TEST_CASE("Alerts: kind names round-trip and unknown ones are refused") {
    for (auto k : {AlertKind::Lockdown, AlertKind::Shelter, AlertKind::Evacuate, AlertKind::Hold,
                   AlertKind::Custom, AlertKind::Cap})
        CHECK(parseAlertKind(alertKindName(k)) == k);
    CHECK(parseAlertKind("lockout") == std::nullopt);
    CHECK(parseAlertKind("Lockdown") == std::nullopt);
}

TEST_CASE("Alerts: built-in alerts speak English and Spanish in plain words") {
    auto a = builtInAlert(AlertKind::Lockdown, std::nullopt, {"hallways"}, kNow);
    CHECK(a.id.empty());
    CHECK(a.kind == AlertKind::Lockdown);
    CHECK(a.headline.at("en") == "Lockdown");
    CHECK(a.headline.at("es") == "Cierre de emergencia");
    CHECK(a.instruction.at("en").rfind("Locks, lights, out of sight.", 0) == 0);
    CHECK(a.instruction.at("es").find("silencio") != std::string::npos);
    CHECK(a.targets == std::vector<std::string>{"hallways"});
    CHECK(a.raisedAt == kNow);
    CHECK_FALSE(a.expires);
    for (auto k : {AlertKind::Shelter, AlertKind::Evacuate, AlertKind::Hold}) {
        auto b = builtInAlert(k, std::nullopt, {}, kNow);
        CHECK(hasText(b.headline, "en"));
        CHECK(hasText(b.headline, "es"));
        CHECK(hasText(b.instruction, "en"));
        CHECK(hasText(b.instruction, "es"));
    }
    SUBCASE("a message is a custom alert's instruction, in the school's first language") {
        auto c = builtInAlert(AlertKind::Custom, "Salida temprana a las 12:00.", {}, kNow, "es");
        CHECK(c.instruction == LangText{{"es", "Salida temprana a las 12:00."}});
        CHECK(c.headline.at("es") == "Atención");
    }
    SUBCASE("a message on a standard alert is its detail; the instruction stays standard") {
        auto s = builtInAlert(AlertKind::Shelter, "Tornado: go to the inner hallways.", {}, kNow);
        CHECK(s.description == LangText{{"en", "Tornado: go to the inner hallways."}});
        CHECK(s.instruction.at("en").find("shelter area") != std::string::npos);
    }
}

TEST_CASE("Alerts: a CAP Alert becomes one alert keyed by primary language") {
    auto e = capEffect(capMessage(CapMsgType::Alert), kNow);
    REQUIRE(e.save);
    CHECK(e.clear.empty());
    const Alert& a = *e.save;
    CHECK(a.id == "ops@district.example,ID2,2026-11-23T08:10:00-05:00");
    CHECK(a.kind == AlertKind::Cap);
    CHECK(a.headline == LangText{{"en", "Gas leak"}, {"es", "Fuga de gas cerca del gimnasio"}});
    CHECK(a.instruction == LangText{{"en", "Leave by the north doors."},
                                    {"es", "Salgan por las puertas del norte."}});
    CHECK(a.description == LangText{{"en", "A gas leak near the gym."}});
    CHECK(a.expires == kNow + hours{1}); // the earliest info's
    CHECK(a.raisedAt == kNow);
    CHECK(a.targets.empty());
    CHECK(e.reason.find("shows alert") != std::string::npos);
}

TEST_CASE("Alerts: CAP Update replaces, Cancel clears, others do nothing") {
    std::string earlier = "ops@district.example,ID1,2026-11-23T08:00:00-05:00";
    SUBCASE("Update") {
        auto e = capEffect(capMessage(CapMsgType::Update), kNow);
        CHECK(e.save);
        CHECK(e.clear == std::vector<std::string>{earlier});
    }
    SUBCASE("Cancel") {
        auto e = capEffect(capMessage(CapMsgType::Cancel), kNow);
        CHECK_FALSE(e.save);
        CHECK(e.clear == std::vector<std::string>{earlier});
        CHECK(e.reason.find("cancels 1") != std::string::npos);
    }
    SUBCASE("Ack and Error") {
        for (auto t : {CapMsgType::Ack, CapMsgType::Error}) {
            auto e = capEffect(capMessage(t), kNow);
            CHECK_FALSE(e.save);
            CHECK(e.clear.empty());
            CHECK_FALSE(e.reason.empty());
        }
    }
    SUBCASE("an Exercise or Test changes nothing and says so") {
        for (std::string status : {"Exercise", "Test", "System", "Draft"}) {
            auto m = capMessage(CapMsgType::Update);
            m.status = status;
            auto e = capEffect(m, kNow);
            CHECK_FALSE(e.save);
            CHECK(e.clear.empty());
            CHECK(e.reason.find(status) != std::string::npos);
        }
    }
}

TEST_CASE("Alerts: the active alert for a room") {
    std::vector<Alert> alerts = {alertAt("alert-1", kNow - minutes{30}),
                                 alertAt("alert-2", kNow - minutes{10}, {"hallways"}),
                                 alertAt("alert-3", kNow + minutes{5})};
    SUBCASE("targets: everywhere, the room, or one of its groups") {
        CHECK(activeAlertFor(alerts, "hallway-2", {"hallways"}, kNow)->id == "alert-2");
        CHECK(activeAlertFor(alerts, "library", {}, kNow)->id == "alert-1");
        alerts[1].targets = {"library"};
        CHECK(activeAlertFor(alerts, "library", {}, kNow)->id == "alert-2");
    }
    SUBCASE("not before it is raised") {
        CHECK(activeAlertFor(alerts, "library", {}, kNow + minutes{5})->id == "alert-3");
        CHECK_FALSE(activeAlertFor(alerts, "library", {}, kNow - hours{1}));
    }
    SUBCASE("cleared and expired alerts end") {
        alerts[0].clearedAt = kNow;
        CHECK_FALSE(activeAlertFor(alerts, "library", {}, kNow));
        CHECK(activeAlertFor(alerts, "library", {}, kNow - seconds{1})->id == "alert-1");
        alerts[1].expires = kNow;
        CHECK_FALSE(activeAlertFor(alerts, "hallway-2", {"hallways"}, kNow));
        CHECK(activeAlertFor(alerts, "hallway-2", {"hallways"}, kNow - milliseconds{1})->id ==
              "alert-2");
    }
    SUBCASE("the player wakes at the next start or expiry") {
        alerts[1].expires = kNow + minutes{2};
        CHECK(nextAlertExpiry(alerts, "hallway-2", {"hallways"}, kNow) == kNow + minutes{2});
        CHECK(nextAlertExpiry(alerts, "library", {}, kNow) == kNow + minutes{5});
        CHECK_FALSE(nextAlertExpiry(alerts, "library", {}, kNow + minutes{5}));
    }
}

TEST_CASE("Alerts: an alert shows in the school's languages it has, else English") {
    Alert a;
    a.headline = {{"en", "Evacuate"}, {"es", "Evacuación"}};
    CHECK(alertLanguages(a, {"es", "en", "fr"}) == std::vector<std::string>{"es", "en"});
    CHECK(alertLanguages(a, {"ko"}) == std::vector<std::string>{"en"});
    // The built-in wording is there in every language of Lantern's catalogs.
    const auto builtIn = builtInAlert(AlertKind::Evacuate, std::nullopt, {}, kNow);
    CHECK(alertLanguages(builtIn, {"ko", "ar", "ht"}) ==
          std::vector<std::string>{"ko", "ar", "ht"});
    Alert fr;
    fr.headline = {{"fr", "Orages"}};
    CHECK(alertLanguages(fr, {"es"}) == std::vector<std::string>{"fr"});
}
