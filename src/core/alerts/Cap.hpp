#pragma once
// OASIS Common Alerting Protocol 1.2 (https://docs.oasis-open.org/emergency/cap/v1.2/): the parts
// of a CAP message Lantern shows or acts on. Parsing is strict about what it needs (identifier,
// sender, sent, msgType and well-formed dateTimes) and tolerant about the rest (unknown elements,
// namespace prefixes, `xmlns = '…'` with spaces). A document with a DOCTYPE is refused: Lantern
// never resolves DTDs or external entities, and never reads a file or the network while parsing.
#include "core/model/Time.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

// Malformed or refused CAP input; the message names the element at fault.
struct CapError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class CapMsgType { Alert, Update, Cancel, Ack, Error };

// One earlier message, as named in <references>: "sender,identifier,sent".
struct CapReference {
    std::string sender;
    std::string identifier;
    std::string sent; // as written; ids match on the text, not the instant
};

struct CapInfo {
    std::string language = "en-US"; // CAP's default when <language> is absent
    std::string event;
    std::string urgency;
    std::string severity;
    std::string certainty;
    std::string headline;
    std::string description;
    std::string instruction;
    std::optional<Instant> expires;
    std::vector<std::string> areaDescs;
};

struct CapMessage {
    std::string identifier;
    std::string sender;
    std::string sentText; // as written, for ids ("sender,identifier,sent")
    Instant sent;
    std::string status; // Actual, Exercise, System, Test, Draft
    CapMsgType msgType = CapMsgType::Alert;
    std::string scope;
    std::vector<CapReference> references;
    std::vector<CapInfo> infos;
};

// Parses a CAP 1.2 document. Throws CapError for text that is not XML, a root other than
// <alert>, a DOCTYPE, a missing identifier/sender/sent/msgType, a bad dateTime or an unknown
// msgType.
[[nodiscard]] CapMessage parseCap(std::string_view xml);

// A CAP dateTime "YYYY-MM-DDThh:mm:ss±hh:mm" as an Instant; nullopt when malformed.
[[nodiscard]] std::optional<Instant> parseCapDateTime(std::string_view text);

[[nodiscard]] const char* capMsgTypeName(CapMsgType type);

// The id Lantern gives the alert a CAP message creates: "sender,identifier,sent".
[[nodiscard]] std::string capAlertId(const std::string& sender, const std::string& identifier,
                                     const std::string& sent);

} // namespace lantern
