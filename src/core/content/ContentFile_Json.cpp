// Content file: errors, the checked object reader, time stamps, and the file as text.
//
// Index of this file:
// - [errors] ContentFileError and item paths: every message says where in the file it applies
// - [reader] ObjectReader: typed, checked reads; finish() refuses any key no reader asked for
// - [stamps] local time stamps (with the offset only when ambiguous), weekdays and time windows
// - [text]   the file as text: Lantern's key order when writing, line and column on a parse error
#include "core/content/ContentFileDetail.hpp"
#include "core/model/Languages.hpp"
#include "core/model/LocalClock.hpp"
#include "core/model/LocalTime.hpp"
#include "core/model/ScheduleTimes.hpp"

#include <date/tz.h>

#include <algorithm>
#include <array>
#include <sstream>

namespace lantern {

// ---- [errors] --------------------------------------------------------------------------------

ContentFileError::ContentFileError(const std::string& where, const std::string& message)
    : std::runtime_error(where.empty() ? message : where + ": " + message), path(where) {}

namespace contentfile {
namespace {

std::string typeName(const Json& v) {
    if (v.is_number_integer()) return "an integer";
    if (v.is_number()) return "a number";
    if (v.is_string()) return "a string";
    if (v.is_boolean()) return "true or false";
    if (v.is_array()) return "a list";
    if (v.is_object()) return "an object";
    return "null";
}

[[noreturn]] void wrongType(const std::string& path, const char* expected, const Json& v) {
    fail(path, std::string("expected ") + expected + ", found " + typeName(v));
}

std::string jsonQuoted(const std::string& s) {
    return Json(s).dump();
}

} // namespace

void fail(const std::string& path, const std::string& message) {
    throw ContentFileError(path, message);
}

std::string itemPath(std::string_view part, std::size_t index, const std::string& id) {
    std::string path = std::string(part) + "[" + std::to_string(index) + "]";
    return id.empty() ? path : path + " (id " + jsonQuoted(id) + ")";
}

// ---- [reader] --------------------------------------------------------------------------------

ObjectReader::ObjectReader(const Json& value, std::string path)
    : m_value(value), m_path(std::move(path)) {
    if (!m_value.is_object()) wrongType(m_path, "an object", m_value);
}

std::string ObjectReader::keyPath(std::string_view key) const {
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

const Json* ObjectReader::find(std::string_view key) {
    m_known.emplace(key);
    auto it = m_value.find(key);
    return it == m_value.end() || it->is_null() ? nullptr : &*it;
}

std::string ObjectReader::id() {
    return text("id");
}

std::string ObjectReader::text(std::string_view key) {
    auto value = optText(key);
    if (!value) fail(keyPath(key), "required");
    return *value;
}

std::string ObjectReader::text(std::string_view key, std::string fallback) {
    const Json* v = find(key);
    if (!v) return fallback;
    if (!v->is_string()) wrongType(keyPath(key), "a string", *v);
    return v->get<std::string>();
}

std::optional<std::string> ObjectReader::optText(std::string_view key) {
    const Json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_string()) wrongType(keyPath(key), "a string", *v);
    if (v->get_ref<const std::string&>().empty()) fail(keyPath(key), "must not be empty");
    return v->get<std::string>();
}

std::optional<int> ObjectReader::optInteger(std::string_view key) {
    const Json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_number_integer()) wrongType(keyPath(key), "an integer", *v);
    const auto n = v->get<long long>();
    if (n < -1'000'000'000 || n > 1'000'000'000) fail(keyPath(key), "out of range");
    return static_cast<int>(n);
}

int ObjectReader::integer(std::string_view key, int fallback) {
    return optInteger(key).value_or(fallback);
}

double ObjectReader::number(std::string_view key, double fallback) {
    const Json* v = find(key);
    if (!v) return fallback;
    if (!v->is_number()) wrongType(keyPath(key), "a number", *v);
    return v->get<double>();
}

bool ObjectReader::boolean(std::string_view key, bool fallback) {
    const Json* v = find(key);
    if (!v) return fallback;
    if (!v->is_boolean()) wrongType(keyPath(key), "true or false", *v);
    return v->get<bool>();
}

LangText ObjectReader::langText(std::string_view key) {
    const Json* v = find(key);
    return v ? readLangText(*v, keyPath(key)) : LangText{};
}

std::vector<std::string> ObjectReader::languageList(std::string_view key) {
    std::vector<std::string> tags = textList(key);
    for (std::size_t i = 0; i < tags.size(); ++i)
        if (!findLanguage(tags[i]))
            fail(keyPath(key) + "[" + std::to_string(i) + "]",
                 jsonQuoted(tags[i]) + " is not a language Lantern sets (" + knownLanguageTags() +
                     ")");
    return tags;
}

std::vector<std::string> ObjectReader::textList(std::string_view key) {
    const Json& list = array(key);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto path = keyPath(key) + "[" + std::to_string(i) + "]";
        if (!list[i].is_string()) wrongType(path, "a string", list[i]);
        if (list[i].get_ref<const std::string&>().empty()) fail(path, "must not be empty");
        out.push_back(list[i].get<std::string>());
    }
    return out;
}

std::optional<Days> ObjectReader::date(std::string_view key) {
    auto text = optText(key);
    if (!text) return std::nullopt;
    auto day = parseDate(*text);
    if (!day) fail(keyPath(key), jsonQuoted(*text) + " is not a date like \"2026-11-20\"");
    return day;
}

Instant ObjectReader::stamp(std::string_view key, const std::string& zone) {
    auto text = optText(key);
    if (!text) return Instant{};
    auto t = parseStamp(*text, zone);
    if (!t)
        fail(keyPath(key), jsonQuoted(*text) + " is not a local time like \"2026-11-20T08:00:00\"");
    return *t;
}

const Json& ObjectReader::array(std::string_view key) {
    static const Json kEmpty = Json::array();
    const Json* v = find(key);
    if (!v) return kEmpty;
    if (!v->is_array()) wrongType(keyPath(key), "a list", *v);
    return *v;
}

void ObjectReader::finish() const {
    for (const auto& [key, value] : m_value.items())
        if (!m_known.contains(key)) fail(keyPath(key), "unknown key");
}

LangText readLangText(const Json& value, const std::string& path) {
    if (!value.is_object()) wrongType(path, "an object of texts by language", value);
    LangText text;
    for (const auto& [lang, s] : value.items()) {
        if (lang.empty()) fail(path, "a language code must not be empty");
        if (!findLanguage(lang))
            fail(path + "." + lang,
                 "unknown language code (Lantern sets " + knownLanguageTags() + ")");
        if (!s.is_string()) wrongType(path + "." + lang, "a string", s);
        text[lang] = s.get<std::string>();
    }
    return text;
}

void checkRange(const std::optional<Days>& from, const std::optional<Days>& until,
                const std::string& untilPath) {
    if (from && until && *until < *from)
        fail(untilPath, formatDate(*until) + " is before " + formatDate(*from));
}

// ---- [stamps] --------------------------------------------------------------------------------

std::string formatStamp(Instant t, const std::string& zone) {
    const auto* z = &zoneOrUtc(zone);
    const auto zoned = date::make_zoned(z, std::chrono::floor<std::chrono::seconds>(t));
    const auto local = zoned.get_local_time();
    auto text = date::format("%Y-%m-%dT%H:%M:%S", local);
    if (z->get_info(local).result == date::local_info::ambiguous)
        text += date::format("%Ez", zoned);
    return text;
}

std::optional<Instant> parseStamp(std::string_view text, const std::string& zone) {
    if (text.size() <= 19) return parseLocalTime(text, zone);
    return parseDateTime(text);
}

std::string weekdaysText(WeekdaySet days) {
    return formatWeekdays(days);
}

std::optional<WeekdaySet> weekdaysFromText(std::string_view text) {
    return parseWeekdays(text);
}

std::string windowText(TimeWindow window) {
    return formatTimeWindow(window);
}

std::optional<TimeWindow> windowFromText(std::string_view text) {
    return parseTimeWindow(text);
}

} // namespace contentfile

// ---- [text] ----------------------------------------------------------------------------------

namespace {

using contentfile::Json;
using OrderedJson = nlohmann::ordered_json;

int keyRank(const std::string& key) {
    static constexpr std::array kFirst{
        "format",   "version",   "id",    "name",   "school", "rooms",         "groups",
        "displays", "playlists", "rules", "habits", "quotes", "announcements", "celebrations"};
    auto it = std::find(kFirst.begin(), kFirst.end(), key);
    return static_cast<int>(it - kFirst.begin());
}

OrderedJson ordered(const Json& value) {
    if (value.is_array()) {
        OrderedJson out = OrderedJson::array();
        for (const auto& v : value)
            out.push_back(ordered(v));
        return out;
    }
    if (!value.is_object()) return OrderedJson::parse(value.dump());
    std::vector<std::string> keys;
    for (const auto& [key, v] : value.items())
        keys.push_back(key);
    std::stable_sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
        return keyRank(a) < keyRank(b);
    });
    OrderedJson out = OrderedJson::object();
    for (const auto& key : keys)
        out[key] = ordered(value.at(key));
    return out;
}

std::pair<std::size_t, std::size_t> lineAndColumn(const std::string& text, std::size_t byte) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

// nlohmann's message after its "[json.exception.parse_error.101] parse error at line 1, ...: ".
std::string reason(const std::string& what) {
    auto colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

} // namespace

std::string formatContentFile(const nlohmann::json& file) {
    return ordered(file).dump(2, ' ', false) + "\n";
}

nlohmann::json parseContentText(const std::string& text, const std::string& fileName) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        auto [line, column] = lineAndColumn(text, e.byte);
        throw ContentFileError(fileName + ":" + std::to_string(line) + ":" + std::to_string(column),
                               "not valid JSON: " + reason(e.what()));
    }
}

} // namespace lantern
