// Catalog patterns to text with ICU MessageFormat (WordingDetail.hpp). Plural forms come from
// ICU's rules for each language (CLDR), never from Lantern code.
#include "core/wording/WordingDetail.hpp"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

#include <charconv>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace lantern::detail {
namespace {

icu::UnicodeString unicode(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

// The argument numbers `pattern` selects plural or ordinal forms by.
std::set<int> countedArguments(const icu::MessagePattern& pattern) {
    std::set<int> out;
    for (int32_t i = 0; i + 1 < pattern.countParts(); ++i) {
        const auto& part = pattern.getPart(i);
        const auto type = part.getArgType();
        const auto& next = pattern.getPart(i + 1);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_START &&
            (type == UMSGPAT_ARG_TYPE_PLURAL || type == UMSGPAT_ARG_TYPE_SELECTORDINAL) &&
            next.getType() == UMSGPAT_PART_TYPE_ARG_NUMBER)
            out.insert(next.getValue());
    }
    return out;
}

// "3" and "-2" as integers (plural rules see exactly what was written), "2.5" as a double.
std::optional<icu::Formattable> number(const std::string& text) {
    const char* end = text.data() + text.size();
    std::int64_t whole = 0;
    if (auto [p, ec] = std::from_chars(text.data(), end, whole); ec == std::errc{} && p == end)
        return icu::Formattable(whole);
    double real = 0;
    if (auto [p, ec] = std::from_chars(text.data(), end, real); ec == std::errc{} && p == end)
        return icu::Formattable(real);
    return std::nullopt;
}

// A pattern ready to format in one language. Building an icu::MessageFormat (its plural rules
// and number format) costs tens of microseconds, and screens ask for the same few catalog
// patterns again and again, so each is built once; the catalogs bound how many there are.
struct Compiled {
    std::unique_ptr<icu::MessageFormat> format; // null when the pattern does not parse
    std::set<int> counted;
};

// The compiled `pattern`; call with `cacheMutex` held (MessageFormat is not shared unguarded).
const Compiled& compiled(std::string_view pattern, std::string_view language) {
    static std::map<std::pair<std::string, std::string>, Compiled> cache;
    auto key = std::pair{std::string(language), std::string(pattern)};
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    Compiled out;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = unicode(pattern);
    const icu::MessagePattern parsed(text, nullptr, status);
    out.counted = countedArguments(parsed);
    out.format = std::make_unique<icu::MessageFormat>(
        text, icu::Locale(icuLocaleId(language).c_str()), status);
    if (U_FAILURE(status)) out.format.reset();
    return cache.emplace(std::move(key), std::move(out)).first->second;
}

std::mutex cacheMutex;

} // namespace

std::optional<std::string> formatPattern(std::string_view pattern, std::string_view language,
                                         const std::vector<std::string>& args) {
    const std::lock_guard lock(cacheMutex);
    const Compiled& c = compiled(pattern, language);
    if (!c.format) return std::nullopt;
    std::vector<icu::Formattable> values;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (!c.counted.contains(static_cast<int>(i))) {
            values.emplace_back(unicode(args[i]));
        } else if (auto n = number(args[i])) {
            values.push_back(*n);
        } else {
            return std::nullopt;
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out;
    icu::FieldPosition ignored;
    c.format->format(values.data(), static_cast<int32_t>(values.size()), out, ignored, status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string utf8;
    return out.toUTF8String(utf8);
}

std::optional<std::set<int>> argumentNumbers(std::string_view pattern) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::MessagePattern parsed(unicode(pattern), nullptr, status);
    if (U_FAILURE(status)) return std::nullopt;
    std::set<int> out;
    for (int32_t i = 0; i < parsed.countParts(); ++i) {
        const auto& part = parsed.getPart(i);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_NAME) return std::nullopt;
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_NUMBER) out.insert(part.getValue());
    }
    return out;
}

} // namespace lantern::detail
