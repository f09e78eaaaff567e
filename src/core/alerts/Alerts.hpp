#pragma once
// Emergency alerts as decisions: the built-in Standard Response Protocol alerts (the "I Love U
// Guys" Foundation's Hold, Lockdown, Evacuate, Shelter), what a CAP message does to the alerts in
// the store, and which alert a room shows at an instant. Pure functions of their inputs.
#include "core/alerts/Cap.hpp"
#include "core/model/Alert.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

// "lockdown", "shelter", "evacuate", "hold", "custom", "cap" (case-sensitive); nullopt otherwise.
[[nodiscard]] std::optional<AlertKind> parseAlertKind(std::string_view name);
[[nodiscard]] const char* alertKindName(AlertKind kind);

// A raised alert with the standard headline and plain-words instruction in English and Spanish.
// `message`, written in `messageLang` (the school's first language), is the instruction of a
// Custom alert and the detail (description) of the others. A Custom alert needs a message
// (callers check); without one it tells people to follow the adults' instructions. The id is
// left empty for the store to assign.
[[nodiscard]] Alert builtInAlert(AlertKind kind, std::optional<std::string> message,
                                 std::vector<std::string> targets, Instant now,
                                 const std::string& messageLang = "en");

// What applying a CAP message does: the alert to save (insert or replace by id) and the ids of
// alerts to clear. `reason` says what happens in one sentence, including why nothing does.
//  - Alert: one alert of kind Cap, id capAlertId(sender, identifier, sent), raised `now`, one
//    text per info block keyed by its primary language subtag ("en-CA" -> "en"; the first info
//    of a language wins): headline (else event), instruction (else description), description;
//    expires = the earliest info expires. Targets every room.
//  - Update: the same, and clears the alerts named in <references>.
//  - Cancel: clears the alerts named in <references>.
//  - Ack, Error, or a status other than Actual (Exercise, System, Test, Draft): nothing.
struct CapEffect {
    std::optional<Alert> save;
    std::vector<std::string> clear;
    std::string reason;
};
[[nodiscard]] CapEffect capEffect(const CapMessage& message, Instant now);

// True when `alert` targets the room: no targets, or the room's id or one of its groups' ids.
[[nodiscard]] bool alertTargetsRoom(const Alert& alert, const std::string& roomId,
                                    const std::vector<std::string>& roomGroups);

// True when `alert` is on screen at `t`: not cleared by then, raisedAt <= t, not expired
// (expires > t).
[[nodiscard]] bool alertActiveAt(const Alert& alert, Instant t);

// The alert a room shows at `t`: active and targeting the room; the newest raisedAt wins (then
// the greater id). nullopt when none.
[[nodiscard]] std::optional<Alert> activeAlertFor(const std::vector<Alert>& alerts,
                                                  const std::string& roomId,
                                                  const std::vector<std::string>& roomGroups,
                                                  Instant t);

// The earliest instant after `t` at which an alert targeting the room starts or expires, so a
// player can wake on time; nullopt when none will. (Clearing is a store change, seen otherwise.)
[[nodiscard]] std::optional<Instant> nextAlertExpiry(const std::vector<Alert>& alerts,
                                                     const std::string& roomId,
                                                     const std::vector<std::string>& roomGroups,
                                                     Instant t);

// The languages to show an alert in: those of `schoolLanguages` (in order) the alert has a
// headline or instruction in; if none, English when it has it, else its first language.
[[nodiscard]] std::vector<std::string>
alertLanguages(const Alert& alert, const std::vector<std::string>& schoolLanguages);

} // namespace lantern
