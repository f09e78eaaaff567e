#include "store/Codec.hpp"

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
    const std::chrono::year_month_day ymd{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

Days decodeDate(const std::string& text, std::string_view column) {
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &year, &month, &day, &tail) != 3)
        malformed(column, text);
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    if (!ymd.ok()) malformed(column, text);
    return Days{ymd};
}

std::int64_t encodeInstant(Instant instant) {
    return instant.time_since_epoch().count();
}

Instant decodeInstant(std::int64_t millis) {
    return Instant{std::chrono::milliseconds{millis}};
}

const char* encodeStatus(CelebrationStatus status) {
    switch (status) {
    case CelebrationStatus::Pending:
        return "pending";
    case CelebrationStatus::Approved:
        return "approved";
    case CelebrationStatus::Rejected:
        return "rejected";
    }
    return "pending";
}

CelebrationStatus decodeStatus(const std::string& text, std::string_view column) {
    if (text == "pending") return CelebrationStatus::Pending;
    if (text == "approved") return CelebrationStatus::Approved;
    if (text == "rejected") return CelebrationStatus::Rejected;
    malformed(column, text);
}

} // namespace lantern::codec
