// The grammar of Lantern's wording: dates and grades, which tables of phrases cannot hold.
#include "core/wording/Wording.hpp"
#include "core/wording/WordingDetail.hpp"

#include <array>
#include <string_view>

namespace lantern {
namespace {

constexpr std::array<std::string_view, 12> kMonthsEn{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMonthsEs{
    "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "oct.", "nov.", "dic."};

constexpr std::array<std::string_view, 12> kMonthsLongEn{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthsLongEs{
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
// Sunday first, as std::chrono::weekday::c_encoding() counts.
constexpr std::array<std::string_view, 7> kWeekdaysEn{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                      "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 7> kWeekdaysEs{"domingo", "lunes",   "martes", "miércoles",
                                                      "jueves",  "viernes", "sábado"};

std::string englishOrdinal(int n) {
    const int lastTwo = n % 100;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (n % 10 == 1) suffix = "st";
        if (n % 10 == 2) suffix = "nd";
        if (n % 10 == 3) suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

// "an 8th", "an 11th", "an 18th": the article follows the spoken number.
const char* englishArticle(int n) {
    const bool vowelSound = n == 8 || n == 11 || n == 18 || (n >= 80 && n <= 89);
    return vowelSound ? "an" : "a";
}

} // namespace

std::string shortDate(Days day, const std::string& lang) {
    const std::chrono::year_month_day ymd{day};
    const auto month = static_cast<unsigned>(ymd.month()) - 1;
    const std::string dayText = std::to_string(static_cast<unsigned>(ymd.day()));
    if (detail::isSpanish(lang)) return dayText + " de " + std::string(kMonthsEs.at(month));
    return std::string(kMonthsEn.at(month)) + " " + dayText;
}

std::string longDate(Days day, const std::string& lang) {
    const std::chrono::year_month_day ymd{day};
    const auto month = static_cast<unsigned>(ymd.month()) - 1;
    const auto weekday = std::chrono::weekday{day}.c_encoding();
    const std::string dayText = std::to_string(static_cast<unsigned>(ymd.day()));
    if (detail::isSpanish(lang))
        return std::string(kWeekdaysEs.at(weekday)) + ", " + dayText + " de " +
               std::string(kMonthsLongEs.at(month));
    return std::string(kWeekdaysEn.at(weekday)) + ", " + std::string(kMonthsLongEn.at(month)) +
           " " + dayText;
}

std::string gradeLearner(int grade, const std::string& lang) {
    if (detail::isSpanish(lang)) {
        if (grade < 0) return "alguien de prekínder";
        if (grade == 0) return "alguien de kínder";
        return "alguien de " + std::to_string(grade) + ".º grado";
    }
    if (grade < 0) return "a pre-K learner";
    if (grade == 0) return "a kindergartner";
    return std::string(englishArticle(grade)) + " " + englishOrdinal(grade) + " grader";
}

std::string graderNoun(int grade, const std::string& lang) {
    if (detail::isSpanish(lang)) {
        if (grade < 0) return "estudiante de prekínder";
        if (grade == 0) return "estudiante de kínder";
        return "estudiante de " + std::to_string(grade) + ".º grado";
    }
    if (grade < 0) return "pre-K learner";
    if (grade == 0) return "kindergartner";
    return englishOrdinal(grade) + " grader";
}

std::string gradeTitle(int grade, const std::string& lang) {
    if (detail::isSpanish(lang)) {
        if (grade < 0) return "Prekínder";
        if (grade == 0) return "Kínder";
        return std::to_string(grade) + ".º grado";
    }
    if (grade < 0) return "Pre-K";
    if (grade == 0) return "Kindergarten";
    return "Grade " + std::to_string(grade);
}

} // namespace lantern
