#pragma once
// An emergency message that takes over every targeted screen: raised by `lantern alert raise`
// or from an OASIS CAP 1.2 message, ended by `lantern alert clear`, a CAP Cancel, a CAP Update
// that replaces it, or its expiry. Power hours never hide an active alert.
#include "core/model/LangText.hpp"
#include "core/model/Time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lantern {

enum class AlertKind { Lockdown, Shelter, Evacuate, Hold, Custom, Cap };

struct Alert {
    std::string id; // "alert-<n>" for raised ones; CAP "sender,identifier,sent"
    AlertKind kind = AlertKind::Custom;
    LangText headline;                // per language, e.g. {"en": "Lockdown"}
    LangText instruction;             // per language, plain words: what to do now
    LangText description;             // optional detail
    std::vector<std::string> targets; // room or group ids; empty means every room
    Instant raisedAt;
    std::optional<Instant> expires;
    std::optional<Instant> clearedAt; // set by clear, Cancel or a replacing Update
};

// One slide shown by one display, for proof of play.
struct PlayRecord {
    std::string displayId;
    std::string roomId;
    std::string slideId;
    std::string slideKind; // slideKindName(), or "alert", "dark"
    Instant start;
    Instant end;
};

} // namespace lantern
