// The grammar of Lantern's wording: dates and grades. Dates come from ICU, which knows every
// language's month and weekday names, unless a catalog spells them itself (Date.Short,
// Date.Long); grades are catalog patterns (Grade.*).
#include "core/wording/Wording.hpp"
#include "core/wording/WordingDetail.hpp"

#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <mutex>

namespace lantern {
namespace {

// ICU's date format for `skeleton` in `language` ("MMMd": "MMM d" in English, "d MMM" in
// French), in UTC since Days are calendar days. Building one costs about a millisecond
// (DateTimePatternGenerator), so each is kept; formatting moves its calendar, hence the mutex.
std::string icuDate(Days day, std::string_view language, const char* skeleton) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<icu::SimpleDateFormat>> formats;
    const std::lock_guard lock(mutex);
    auto& format = formats[std::string(language) + "/" + skeleton];
    UErrorCode status = U_ZERO_ERROR;
    if (!format) {
        const icu::Locale locale(detail::icuLocaleId(language).c_str());
        const std::unique_ptr<icu::DateTimePatternGenerator> generator(
            icu::DateTimePatternGenerator::createInstance(locale, status));
        if (U_FAILURE(status)) return {};
        const auto pattern =
            generator->getBestPattern(icu::UnicodeString::fromUTF8(skeleton), status);
        format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
        if (U_FAILURE(status)) {
            format.reset();
            return {};
        }
        format->setTimeZone(*icu::TimeZone::getGMT());
    }
    const auto daysSinceEpoch = static_cast<double>(day.time_since_epoch().count());
    icu::UnicodeString text;
    format->format(daysSinceEpoch * U_MILLIS_PER_DAY, text);
    std::string utf8;
    return text.toUTF8String(utf8);
}

// A catalog's own date pattern: {0} = month 1-12, {1} = day of month, {2} = weekday, 0 = Sunday.
std::optional<std::string> catalogDate(Days day, const detail::Catalog& catalog,
                                       std::string_view context) {
    const auto pattern = detail::patternIn(catalog, context);
    if (!pattern) return std::nullopt;
    const std::chrono::year_month_day ymd{day};
    return detail::formatPattern(*pattern, catalog.language,
                                 {std::to_string(static_cast<unsigned>(ymd.month())),
                                  std::to_string(static_cast<unsigned>(ymd.day())),
                                  std::to_string(std::chrono::weekday{day}.c_encoding())});
}

std::string dateText(Days day, const std::string& lang, std::string_view context,
                     const char* skeleton) {
    const detail::Catalog* found = detail::catalogFor(lang);
    const detail::Catalog& catalog = found ? *found : detail::englishCatalog();
    if (auto own = catalogDate(day, catalog, context)) return *own;
    return icuDate(day, catalog.language, skeleton);
}

// `base` for a grade from 1 ("{0}" is the grade), `base`.K for kindergarten, `base`.PreK below.
std::string gradeText(const std::string& base, int grade, const std::string& lang) {
    if (grade < 0) return detail::wording(base + ".PreK", lang);
    if (grade == 0) return detail::wording(base + ".K", lang);
    return detail::wording(base, lang, {std::to_string(grade)});
}

} // namespace

std::string shortDate(Days day, const std::string& lang) {
    return dateText(day, lang, "Date.Short", "MMMd");
}

std::string longDate(Days day, const std::string& lang) {
    return dateText(day, lang, "Date.Long", "EEEEMMMMd");
}

std::string gradeLearner(int grade, const std::string& lang) {
    return gradeText("Grade.Learner", grade, lang);
}

std::string graderNoun(int grade, const std::string& lang) {
    return gradeText("Grade.Noun", grade, lang);
}

std::string gradeTitle(int grade, const std::string& lang) {
    return gradeText("Grade.Title", grade, lang);
}

} // namespace lantern
