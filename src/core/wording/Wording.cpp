// Lantern's phrase tables (Wording.hpp): one row per phrase, English and Spanish.
#include "core/wording/Wording.hpp"

#include "core/wording/WordingDetail.hpp"

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
    // Privacy notices and shares.
    PhraseRow{Phrase::SuppressedSmallGroup, "Not shown: fewer than {0} learners",
              "No se muestra: menos de {0} estudiantes"},
    PhraseRow{Phrase::SharePercent, "{0}%", "{0} %"},
    PhraseRow{Phrase::ShareAbove95, "more than 95%", "más del 95 %"},
    PhraseRow{Phrase::ShareBelow5, "fewer than 5%", "menos del 5 %"},
    PhraseRow{Phrase::ChangeUp, "+{0} points since {1}", "+{0} puntos desde el {1}"},
    PhraseRow{Phrase::ChangeDown, "-{0} points since {1}", "-{0} puntos desde el {1}"},
    PhraseRow{Phrase::ChangeNone, "no change since {1}", "sin cambios desde el {1}"},
    // Who and what.
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
    // Slide headings and notes.
    PhraseRow{Phrase::HabitsOfALearner, "Habits of a Learner", "Hábitos de un aprendiz"},
    PhraseRow{Phrase::WhatItLooksLike, "What it looks like", "Cómo se ve"},
    PhraseRow{Phrase::Celebrations, "Celebrating growth", "Celebramos el crecimiento"},
    PhraseRow{Phrase::ProgressKey, "Key", "Clave"},
    PhraseRow{Phrase::NoProgress, "No progress to show yet", "Aún no hay progreso para mostrar"},
    PhraseRow{Phrase::SmallGroupsWhy,
              "Progress is shown only for larger groups, to protect each learner's privacy.",
              "El progreso solo se muestra en grupos más grandes, para proteger la privacidad "
              "de cada estudiante."},
    PhraseRow{Phrase::PageOf, "Page {0} of {1}", "Página {0} de {1}"},
    // The progress boards.
    PhraseRow{Phrase::NowShare, "{0} mastered", "{0} con dominio"},
    PhraseRow{Phrase::StartShare, "started at {0}", "al inicio: {0}"},
    PhraseRow{Phrase::NotShownOneSide, "not shown: too few learners on one side",
              "no se muestra: muy pocos estudiantes de un lado"},
    PhraseRow{Phrase::NoStartFigure, "no figure for the start of term",
              "sin dato del inicio del trimestre"},
    PhraseRow{Phrase::WallCaption, "At or above mastery: now, and at the start of term ({0})",
              "Con dominio: ahora y al inicio del trimestre ({0})"},
    PhraseRow{Phrase::WallCaptionNoStart, "At or above mastery now", "Con dominio ahora"},
    PhraseRow{Phrase::BoardTitle, "Mastery by grade", "Dominio por grado"},
    PhraseRow{Phrase::BoardCaption,
              "Share of each grade's learners at or above mastery in each area",
              "Porcentaje de estudiantes de cada grado con dominio en cada área"},
    PhraseRow{Phrase::LegendSmall, "\u2014 fewer than {0} learners",
              "\u2014 menos de {0} estudiantes"},
    PhraseRow{Phrase::LegendOneSide, "* not shown: fewer than {0} learners on one side",
              "* no se muestra: menos de {0} estudiantes de un lado"},
    PhraseRow{Phrase::StartOfTerm, "Start of term ({0})", "Inicio del trimestre ({0})"},
    PhraseRow{Phrase::FourWeeksAgo, "Four weeks ago ({0})", "Hace cuatro semanas ({0})"},
    PhraseRow{Phrase::Now, "Now", "Ahora"},
    PhraseRow{Phrase::SpotlightSmall, "Growth not shown: fewer than {0} learners",
              "No se muestra el progreso: menos de {0} estudiantes"},
    PhraseRow{Phrase::SpotlightEarly, "Growth is shown after the first two weeks of term",
              "El progreso se muestra después de las dos primeras semanas del trimestre"},
    // Why figures are missing.
    PhraseRow{Phrase::NoEvidenceYet, "No evidence yet", "Todavía no hay evidencia"},
    PhraseRow{Phrase::SmallClassesNotCounted, "Learners in classes under {0} are not counted here",
              "Aquí no se cuentan los estudiantes de clases de menos de {0}"},
};

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

const PhraseRow* rowOf(Phrase key) {
    for (const auto& row : kPhrases)
        if (row.key == key) return &row;
    return nullptr;
}

} // namespace

bool hasPhrases(const std::string& lang) {
    return lang == "en" || lang.starts_with("en-") || detail::isSpanish(lang);
}

std::string phrase(Phrase key, const std::string& lang, const std::vector<std::string>& args) {
    const PhraseRow* row = rowOf(key);
    if (!row) return {};
    return substitute(detail::isSpanish(lang) ? row->es : row->en, args);
}

LangText phraseInEvery(Phrase key, const std::vector<std::string>& args) {
    return {{"en", phrase(key, "en", args)}, {"es", phrase(key, "es", args)}};
}

} // namespace lantern
