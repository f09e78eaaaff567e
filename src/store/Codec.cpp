#include "store/Codec.hpp"

#include "core/alerts/Alerts.hpp"
#include "core/content/Celebrations.hpp"
#include "core/model/Dates.hpp"
#include "core/model/ScheduleNames.hpp"
#include "core/progress/Mastery.hpp"
#include "store/StoreError.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace lantern::codec {
namespace {

[[noreturn]] void malformed(std::string_view column, const std::string& value) {
    throw StoreError("malformed value in column " + std::string(column) + ": '" + value + "'");
}

nlohmann::json parse(const std::string& json, std::string_view column) {
    auto value = nlohmann::json::parse(json, nullptr, false);
    if (value.is_discarded()) malformed(column, json);
    return value;
}

template <typename E>
E orMalformed(const std::optional<E>& value, std::string_view column, const std::string& text) {
    if (!value) malformed(column, text);
    return *value;
}

bool isMinute(const nlohmann::json& value, int low, int high) {
    return value.is_number_integer() && value.get<int>() >= low && value.get<int>() <= high;
}

PowerWindow decodePowerWindow(const nlohmann::json& entry, std::string_view column,
                              const std::string& json) {
    if (!entry.is_object() || !isMinute(entry.value("days", nlohmann::json()), 0, 127) ||
        !isMinute(entry.value("start", nlohmann::json()), 0, 1439) ||
        !isMinute(entry.value("end", nlohmann::json()), 1, 1440))
        malformed(column, json);
    PowerWindow window;
    window.days.bits = static_cast<std::uint8_t>(entry["days"].get<int>());
    window.window = {entry["start"].get<int>(), entry["end"].get<int>()};
    return window;
}

} // namespace

std::string encodeText(const LangText& text) {
    return nlohmann::json(text).dump();
}

LangText decodeText(const std::string& json, std::string_view column) {
    const auto value = parse(json, column);
    if (!value.is_object()) malformed(column, json);
    LangText text;
    for (const auto& [lang, entry] : value.items()) {
        if (!entry.is_string()) malformed(column, json);
        text[lang] = entry.get<std::string>();
    }
    return text;
}

std::string encodeList(const std::vector<std::string>& items) {
    return nlohmann::json(items).dump();
}

std::vector<std::string> decodeList(const std::string& json, std::string_view column) {
    const auto value = parse(json, column);
    if (!value.is_array()) malformed(column, json);
    std::vector<std::string> items;
    for (const auto& entry : value) {
        if (!entry.is_string()) malformed(column, json);
        items.push_back(entry.get<std::string>());
    }
    return items;
}

std::string encodeDate(Days day) {
    return formatDate(day);
}

Days decodeDate(const std::string& text, std::string_view column) {
    const auto day = parseDate(text);
    if (!day) malformed(column, text);
    return *day;
}

std::optional<std::string> encodeOptionalDate(const std::optional<Days>& day) {
    if (!day) return std::nullopt;
    return encodeDate(*day);
}

std::optional<Days> decodeOptionalDate(const std::optional<std::string>& text,
                                       std::string_view column) {
    if (!text) return std::nullopt;
    return decodeDate(*text, column);
}

std::int64_t encodeInstant(Instant instant) {
    return instant.time_since_epoch().count();
}

Instant decodeInstant(std::int64_t millis) {
    return Instant{std::chrono::milliseconds{millis}};
}

const char* encodeStatus(CelebrationStatus status) {
    return celebrationStatusName(status);
}

CelebrationStatus decodeStatus(const std::string& text, std::string_view column) {
    if (auto status = celebrationStatusFromName(text)) return *status;
    malformed(column, text);
}

const char* encodeAlertKind(AlertKind kind) {
    return alertKindName(kind);
}

AlertKind decodeAlertKind(const std::string& text, std::string_view column) {
    return orMalformed(parseAlertKind(text), column, text);
}

ItemSource decodeItemSource(const std::string& text, std::string_view column) {
    return orMalformed(parseItemSource(text), column, text);
}

TargetKind decodeTargetKind(const std::string& text, std::string_view column) {
    return orMalformed(parseTargetKind(text), column, text);
}

Orientation decodeOrientation(const std::string& text, std::string_view column) {
    return orMalformed(parseOrientation(text), column, text);
}

DarkMode decodeDarkMode(const std::string& text, std::string_view column) {
    return orMalformed(parseDarkMode(text), column, text);
}

WeekdaySet decodeWeekdays(std::int64_t bits, std::string_view column) {
    if (bits < 0 || bits > 127) malformed(column, std::to_string(bits));
    return WeekdaySet{static_cast<std::uint8_t>(bits)};
}

std::string encodePowerHours(const std::vector<PowerWindow>& windows) {
    auto array = nlohmann::json::array();
    for (const auto& w : windows)
        array.push_back(
            {{"days", w.days.bits}, {"start", w.window.startMinute}, {"end", w.window.endMinute}});
    return array.dump();
}

std::vector<PowerWindow> decodePowerHours(const std::string& json, std::string_view column) {
    const auto value = parse(json, column);
    if (!value.is_array()) malformed(column, json);
    std::vector<PowerWindow> windows;
    for (const auto& entry : value)
        windows.push_back(decodePowerWindow(entry, column, json));
    return windows;
}

std::string encodeRatings(const std::vector<Rating>& ratings) {
    auto array = nlohmann::json::array();
    for (const auto& r : ratings)
        array.push_back({{"points", r.points}, {"description", r.description}});
    return array.dump();
}

std::vector<Rating> decodeRatings(const std::string& json, std::string_view column) {
    const auto value = parse(json, column);
    if (!value.is_array()) malformed(column, json);
    std::vector<Rating> ratings;
    for (const auto& entry : value) {
        if (!entry.is_object() || !entry.contains("points") || !entry["points"].is_number() ||
            !entry.contains("description") || !entry["description"].is_string())
            malformed(column, json);
        ratings.push_back({entry["points"].get<double>(), entry["description"].get<std::string>()});
    }
    return ratings;
}

MasteryMethod decodeMasteryMethod(const std::string& text, std::string_view column) {
    return orMalformed(parseMasteryMethod(text), column, text);
}

} // namespace lantern::codec
