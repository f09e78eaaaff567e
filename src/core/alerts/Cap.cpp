#include "core/alerts/Cap.hpp"

#include "core/model/Dates.hpp"

#include <pugixml.hpp>

#include <cctype>
#include <sstream>

namespace lantern {
namespace {

constexpr std::string_view kCap12 = "urn:oasis:names:tc:emergency:cap:1.2";

// The XML features Lantern wants: elements, text, CDATA, the predefined entities and character
// references, and DOCTYPE nodes only so they can be refused. pugixml never loads a DTD or an
// external entity; an undeclared "&name;" stays literal text.
constexpr unsigned kParseFlags =
    pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol | pugi::parse_doctype;

std::string_view localName(const char* name) {
    std::string_view n(name);
    auto colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Trims the ends and collapses inner runs of white space: CAP text is often wrapped at 80
// columns by its sender, which is not a line break meant for the screen.
std::string collapsed(std::string_view s) {
    std::string out;
    bool pendingSpace = false;
    for (char c : s) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

pugi::xml_node child(pugi::xml_node parent, std::string_view name) {
    for (auto c : parent.children())
        if (c.type() == pugi::node_element && localName(c.name()) == name) return c;
    return {};
}

std::vector<pugi::xml_node> children(pugi::xml_node parent, std::string_view name) {
    std::vector<pugi::xml_node> out;
    for (auto c : parent.children())
        if (c.type() == pugi::node_element && localName(c.name()) == name) out.push_back(c);
    return out;
}

std::string textOf(pugi::xml_node parent, std::string_view name) {
    auto c = child(parent, name);
    return c ? collapsed(c.text().get()) : std::string{};
}

std::string required(pugi::xml_node alert, std::string_view name) {
    std::string value = textOf(alert, name);
    if (value.empty())
        throw CapError("CAP message has no <" + std::string(name) + "> (it is required)");
    return value;
}

Instant requiredTime(const std::string& text, std::string_view element) {
    auto t = parseCapDateTime(text);
    if (!t)
        throw CapError("CAP <" + std::string(element) + "> is not a dateTime like " +
                       "2003-06-17T14:57:00-07:00: \"" + text + "\"");
    return *t;
}

CapMsgType msgTypeOf(const std::string& s) {
    for (auto t : {CapMsgType::Alert, CapMsgType::Update, CapMsgType::Cancel, CapMsgType::Ack,
                   CapMsgType::Error})
        if (s == capMsgTypeName(t)) return t;
    throw CapError("CAP <msgType> \"" + s + "\" is not one of Alert, Update, Cancel, Ack, Error");
}

std::vector<CapReference> referencesOf(const std::string& text) {
    std::vector<CapReference> out;
    std::istringstream in(text);
    for (std::string triple; in >> triple;) {
        auto a = triple.find(','), b = triple.find(',', a == std::string::npos ? a : a + 1);
        if (a == std::string::npos || b == std::string::npos || a == 0 || b == a + 1 ||
            b + 1 == triple.size())
            throw CapError("CAP <references> entry \"" + triple +
                           "\" is not \"sender,identifier,sent\"");
        out.push_back({triple.substr(0, a), triple.substr(a + 1, b - a - 1), triple.substr(b + 1)});
    }
    return out;
}

CapInfo infoOf(pugi::xml_node node) {
    CapInfo info;
    if (auto lang = textOf(node, "language"); !lang.empty()) info.language = lang;
    info.event = textOf(node, "event");
    info.urgency = textOf(node, "urgency");
    info.severity = textOf(node, "severity");
    info.certainty = textOf(node, "certainty");
    info.headline = textOf(node, "headline");
    info.description = textOf(node, "description");
    info.instruction = textOf(node, "instruction");
    if (auto expires = textOf(node, "expires"); !expires.empty())
        info.expires = requiredTime(expires, "expires");
    for (auto area : children(node, "area"))
        if (auto desc = textOf(area, "areaDesc"); !desc.empty()) info.areaDescs.push_back(desc);
    return info;
}

// The namespace the root element is in (default or prefixed), or "" when none is declared.
std::string rootNamespace(pugi::xml_node root) {
    std::string_view name(root.name());
    auto colon = name.find(':');
    std::string attr =
        colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
    return root.attribute(attr.c_str()).value();
}

void refuseDoctype(const pugi::xml_document& doc) {
    for (auto n : doc.children())
        if (n.type() == pugi::node_doctype)
            throw CapError("CAP message has a DOCTYPE; refused (Lantern never resolves DTDs or "
                           "external entities)");
}

pugi::xml_node rootOf(const pugi::xml_document& doc) {
    auto root = doc.document_element();
    if (!root || localName(root.name()) != "alert")
        throw CapError(std::string("not a CAP message: the root element is <") +
                       (root ? root.name() : "") + ">, not <alert>");
    std::string ns = rootNamespace(root);
    if (!ns.empty() && ns != kCap12)
        throw CapError("not a CAP 1.2 message: <alert> is in namespace \"" + ns + "\", not \"" +
                       std::string(kCap12) + "\"");
    return root;
}

} // namespace

const char* capMsgTypeName(CapMsgType type) {
    switch (type) {
    case CapMsgType::Alert:
        return "Alert";
    case CapMsgType::Update:
        return "Update";
    case CapMsgType::Cancel:
        return "Cancel";
    case CapMsgType::Ack:
        return "Ack";
    case CapMsgType::Error:
        return "Error";
    }
    return "Alert";
}

std::string capAlertId(const std::string& sender, const std::string& identifier,
                       const std::string& sent) {
    return sender + "," + identifier + "," + sent;
}

std::optional<Instant> parseCapDateTime(std::string_view s) {
    // CAP 1.2 allows one form only, with the offset's colon and no "Z":
    // 0123456789012345678901234
    // YYYY-MM-DDThh:mm:ss+hh:mm
    if (s.size() != 25 || s[10] != 'T' || (s[19] != '+' && s[19] != '-') || s[22] != ':')
        return std::nullopt;
    return parseDateTime(s);
}

CapMessage parseCap(std::string_view xml) {
    pugi::xml_document doc;
    auto result = doc.load_buffer(xml.data(), xml.size(), kParseFlags);
    refuseDoctype(doc); // even in a document that is otherwise broken
    if (!result)
        throw CapError(std::string("not well-formed XML at byte ") + std::to_string(result.offset) +
                       ": " + result.description());
    auto root = rootOf(doc);
    CapMessage m;
    m.identifier = required(root, "identifier");
    m.sender = required(root, "sender");
    m.sentText = required(root, "sent");
    m.sent = requiredTime(m.sentText, "sent");
    m.status = required(root, "status");
    m.msgType = msgTypeOf(required(root, "msgType"));
    m.scope = textOf(root, "scope");
    m.references = referencesOf(textOf(root, "references"));
    for (auto info : children(root, "info"))
        m.infos.push_back(infoOf(info));
    return m;
}

} // namespace lantern
