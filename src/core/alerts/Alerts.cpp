#include "core/alerts/Alerts.hpp"

#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cctype>

namespace lantern {
namespace {

struct Standard {
    AlertKind kind;
    const char* name;
    LangText headline;
    LangText instruction;
};

// Headlines and actions after the Standard Response Protocol's directives, in plain words, in
// every language Lantern has wording for (core/wording's catalogs, "Alert.<Kind>.*").
const std::vector<Standard>& standards() {
    static const std::vector<Standard> all = {
        {AlertKind::Lockdown, "lockdown", alertWording("Alert.Lockdown.title"),
         alertWording("Alert.Lockdown.instruction")},
        {AlertKind::Shelter, "shelter", alertWording("Alert.Shelter.title"),
         alertWording("Alert.Shelter.instruction")},
        {AlertKind::Evacuate, "evacuate", alertWording("Alert.Evacuate.title"),
         alertWording("Alert.Evacuate.instruction")},
        {AlertKind::Hold, "hold", alertWording("Alert.Hold.title"),
         alertWording("Alert.Hold.instruction")},
        {AlertKind::Custom, "custom", alertWording("Alert.Custom.title"),
         alertWording("Alert.Custom.instruction")},
    };
    return all;
}

const Standard& standardFor(AlertKind kind) {
    const auto& all = standards();
    auto it = std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.kind == kind; });
    return it == all.end() ? all.back() : *it;
}

// "en-CA" -> "en"; "ZH-hant" -> "zh".
std::string primarySubtag(const std::string& language) {
    std::string out;
    for (char c : language) {
        if (c == '-' || c == '_') break;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out.empty() ? "en" : out;
}

void putFirst(LangText& text, const std::string& lang, const std::string& value) {
    if (!value.empty() && !text.contains(lang)) text[lang] = value;
}

Alert alertFromCap(const CapMessage& m, Instant now) {
    Alert a;
    a.id = capAlertId(m.sender, m.identifier, m.sentText);
    a.kind = AlertKind::Cap;
    a.raisedAt = now;
    for (const auto& info : m.infos) {
        std::string lang = primarySubtag(info.language);
        putFirst(a.headline, lang, info.headline.empty() ? info.event : info.headline);
        putFirst(a.instruction, lang,
                 info.instruction.empty() ? info.description : info.instruction);
        if (!info.instruction.empty()) putFirst(a.description, lang, info.description);
        if (info.expires && (!a.expires || *info.expires < *a.expires)) a.expires = info.expires;
    }
    if (a.headline.empty()) a.headline = alertWording("Alert.Cap.title");
    return a;
}

std::vector<std::string> referencedIds(const CapMessage& m) {
    std::vector<std::string> ids;
    for (const auto& r : m.references)
        ids.push_back(capAlertId(r.sender, r.identifier, r.sent));
    return ids;
}

std::string expiryNote(const Alert& a, Instant now) {
    if (!a.expires) return "";
    return *a.expires <= now ? " (already expired)" : "";
}

} // namespace

std::optional<AlertKind> parseAlertKind(std::string_view name) {
    for (const auto& s : standards())
        if (name == s.name) return s.kind;
    if (name == "cap") return AlertKind::Cap;
    return std::nullopt;
}

const char* alertKindName(AlertKind kind) {
    return kind == AlertKind::Cap ? "cap" : standardFor(kind).name;
}

Alert builtInAlert(AlertKind kind, std::optional<std::string> message,
                   std::vector<std::string> targets, Instant now, const std::string& messageLang) {
    const Standard& s = standardFor(kind == AlertKind::Cap ? AlertKind::Custom : kind);
    Alert a;
    a.kind = s.kind;
    a.headline = s.headline;
    a.instruction = s.instruction;
    a.targets = std::move(targets);
    a.raisedAt = now;
    bool hasMessage = message && !message->empty();
    if (hasMessage && s.kind == AlertKind::Custom)
        a.instruction = {{messageLang, *message}};
    else if (hasMessage)
        a.description = {{messageLang, *message}};
    return a;
}

CapEffect capEffect(const CapMessage& m, Instant now) {
    CapEffect e;
    std::string what = std::string("CAP ") + capMsgTypeName(m.msgType) + " " + m.identifier;
    if (m.status != "Actual") {
        e.reason = what + " has status " + m.status + ", not Actual: nothing shown or cleared";
        return e;
    }
    switch (m.msgType) {
    case CapMsgType::Ack:
    case CapMsgType::Error:
        e.reason = what + " acknowledges or reports an error: nothing shown or cleared";
        return e;
    case CapMsgType::Cancel:
        e.clear = referencedIds(m);
        e.reason = what + " cancels " + std::to_string(e.clear.size()) + " earlier message(s)";
        return e;
    case CapMsgType::Update:
        e.clear = referencedIds(m);
        break;
    case CapMsgType::Alert:
        break;
    }
    e.save = alertFromCap(m, now);
    e.reason = what + " shows alert " + e.save->id + expiryNote(*e.save, now);
    if (!e.clear.empty())
        e.reason += " and replaces " + std::to_string(e.clear.size()) + " earlier message(s)";
    return e;
}

bool alertTargetsRoom(const Alert& alert, const std::string& roomId,
                      const std::vector<std::string>& roomGroups) {
    if (alert.targets.empty()) return true;
    return std::any_of(alert.targets.begin(), alert.targets.end(), [&](const std::string& t) {
        return t == roomId ||
               std::find(roomGroups.begin(), roomGroups.end(), t) != roomGroups.end();
    });
}

bool alertActiveAt(const Alert& alert, Instant t) {
    if (alert.clearedAt && *alert.clearedAt <= t) return false;
    if (alert.expires && *alert.expires <= t) return false;
    return alert.raisedAt <= t;
}

std::optional<Alert> activeAlertFor(const std::vector<Alert>& alerts, const std::string& roomId,
                                    const std::vector<std::string>& roomGroups, Instant t) {
    const Alert* best = nullptr;
    for (const auto& a : alerts) {
        if (!alertActiveAt(a, t) || !alertTargetsRoom(a, roomId, roomGroups)) continue;
        if (!best || a.raisedAt > best->raisedAt ||
            (a.raisedAt == best->raisedAt && a.id > best->id))
            best = &a;
    }
    return best ? std::optional<Alert>(*best) : std::nullopt;
}

std::optional<Instant> nextAlertExpiry(const std::vector<Alert>& alerts, const std::string& roomId,
                                       const std::vector<std::string>& roomGroups, Instant t) {
    std::optional<Instant> next;
    auto consider = [&](Instant at) {
        if (at > t && (!next || at < *next)) next = at;
    };
    for (const auto& a : alerts) {
        if (!alertTargetsRoom(a, roomId, roomGroups)) continue;
        if (a.clearedAt && *a.clearedAt <= t) continue;
        consider(a.raisedAt);
        if (a.expires) consider(*a.expires);
    }
    return next;
}

std::vector<std::string> alertLanguages(const Alert& alert,
                                        const std::vector<std::string>& schoolLanguages) {
    auto has = [&](const std::string& l) {
        return hasText(alert.headline, l) || hasText(alert.instruction, l);
    };
    std::vector<std::string> out;
    for (const auto& l : schoolLanguages)
        if (has(l) && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    if (!out.empty()) return out;
    if (has("en")) return {"en"};
    for (const auto& text : {alert.headline, alert.instruction})
        for (const auto& [lang, s] : text)
            if (!s.empty()) return {lang};
    return {"en"};
}

} // namespace lantern
