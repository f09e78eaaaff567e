#include "core/Strings.hpp"

#include <array>
#include <string_view>

namespace lantern {
namespace {

struct PhraseRow {
    Phrase key;
    std::string_view en;
    std::string_view es;
};

constexpr std::array kPhrases{
    PhraseRow{Phrase::SuppressedSmallGroup, "Not shown: fewer than {0} learners",
              "No se muestra: menos de {0} estudiantes"},
    PhraseRow{
        Phrase::SuppressedForOtherGroup,
        "Not shown on this screen, to protect a smaller group's privacy",
        "No se muestra en esta pantalla, para proteger la privacidad de un grupo más pequeño"},
    PhraseRow{Phrase::SharePercent, "{0}%", "{0} %"},
    PhraseRow{Phrase::ShareAbove95, "more than 95%", "más del 95 %"},
    PhraseRow{Phrase::ShareBelow5, "fewer than 5%", "menos del 5 %"},
    PhraseRow{Phrase::ChangeUp, "+{0} points since {1}", "+{0} puntos desde el {1}"},
    PhraseRow{Phrase::ChangeDown, "-{0} points since {1}", "-{0} puntos desde el {1}"},
    PhraseRow{Phrase::ChangeNone, "no change since {1}", "sin cambios desde el {1}"},
    PhraseRow{Phrase::OurSchool, "our school", "nuestra escuela"},
    PhraseRow{Phrase::SomeoneAtSchool, "one of our learners", "alguien de nuestra escuela"},
    PhraseRow{Phrase::OurMission, "Our mission", "Nuestra misión"},
    PhraseRow{Phrase::CountdownToday, "today", "hoy"},
    PhraseRow{Phrase::CountdownTomorrow, "tomorrow", "mañana"},
    PhraseRow{Phrase::CountdownDays, "in {0} days", "en {0} días"},
    PhraseRow{Phrase::QuoteByStudent, "a student", "estudiante de nuestra escuela"},
    PhraseRow{Phrase::SomeoneInSection, "someone in {0}", "alguien de {0}"},
    PhraseRow{Phrase::HabitLooksLike, "Looks like", "Así se ve"},
    PhraseRow{Phrase::HabitSoundsLike, "Sounds like", "Así se oye"},
};

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

bool isSpanish(const std::string& lang) {
    return lang == "es" || lang.starts_with("es-");
}

std::string substitute(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out(pattern);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string token = "{" + std::to_string(i) + "}";
        for (auto pos = out.find(token); pos != std::string::npos;
             pos = out.find(token, pos + args[i].size()))
            out.replace(pos, token.size(), args[i]);
    }
    return out;
}

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

bool hasPhrases(const std::string& lang) {
    return lang == "en" || lang.starts_with("en-") || isSpanish(lang);
}

std::string phrase(Phrase key, const std::string& lang, const std::vector<std::string>& args) {
    for (const auto& row : kPhrases)
        if (row.key == key) return substitute(isSpanish(lang) ? row.es : row.en, args);
    return {};
}

std::string shortDate(Days day, const std::string& lang) {
    const std::chrono::year_month_day ymd{day};
    const auto month = static_cast<unsigned>(ymd.month()) - 1;
    const std::string dayText = std::to_string(static_cast<unsigned>(ymd.day()));
    if (isSpanish(lang)) return dayText + " de " + std::string(kMonthsEs.at(month));
    return std::string(kMonthsEn.at(month)) + " " + dayText;
}

std::string longDate(Days day, const std::string& lang) {
    const std::chrono::year_month_day ymd{day};
    const auto month = static_cast<unsigned>(ymd.month()) - 1;
    const auto weekday = std::chrono::weekday{day}.c_encoding();
    const std::string dayText = std::to_string(static_cast<unsigned>(ymd.day()));
    if (isSpanish(lang))
        return std::string(kWeekdaysEs.at(weekday)) + ", " + dayText + " de " +
               std::string(kMonthsLongEs.at(month));
    return std::string(kWeekdaysEn.at(weekday)) + ", " + std::string(kMonthsLongEn.at(month)) +
           " " + dayText;
}

std::string gradeLearner(int grade, const std::string& lang) {
    if (isSpanish(lang)) {
        if (grade < 0) return "alguien de prekínder";
        if (grade == 0) return "alguien de kínder";
        return "alguien de " + std::to_string(grade) + ".º grado";
    }
    if (grade < 0) return "a pre-K learner";
    if (grade == 0) return "a kindergartner";
    return std::string(englishArticle(grade)) + " " + englishOrdinal(grade) + " grader";
}

std::string graderNoun(int grade, const std::string& lang) {
    if (isSpanish(lang)) {
        if (grade < 0) return "estudiante de prekínder";
        if (grade == 0) return "estudiante de kínder";
        return "estudiante de " + std::to_string(grade) + ".º grado";
    }
    if (grade < 0) return "pre-K learner";
    if (grade == 0) return "kindergartner";
    return englishOrdinal(grade) + " grader";
}

std::string gradeTitle(int grade, const std::string& lang) {
    if (isSpanish(lang)) {
        if (grade < 0) return "Prekínder";
        if (grade == 0) return "Kínder";
        return std::to_string(grade) + ".º grado";
    }
    if (grade < 0) return "Pre-K";
    if (grade == 0) return "Kindergarten";
    return "Grade " + std::to_string(grade);
}

} // namespace lantern
