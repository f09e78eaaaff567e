#include "core/LayoutStrings.hpp"

#include <set>
#include <string>

namespace lantern::layout {

LangText layoutString(LayoutString id) {
    switch (id) {
    case LayoutString::HabitsOfALearner:
        return {{"en", "Habits of a Learner"}, {"es", "Hábitos de un aprendiz"}};
    case LayoutString::WhatItLooksLike:
        return {{"en", "What it looks like"}, {"es", "Cómo se ve"}};
    case LayoutString::Celebrations:
        return {{"en", "Celebrating growth"}, {"es", "Celebramos el crecimiento"}};
    case LayoutString::ProgressKey:
        return {{"en", "Key"}, {"es", "Clave"}};
    case LayoutString::NoProgress:
        return {{"en", "No progress to show yet"}, {"es", "Aún no hay progreso para mostrar"}};
    case LayoutString::SmallGroupsWhy:
        return {
            {"en", "Progress is shown only for larger groups, to protect each learner's privacy."},
            {"es", "El progreso solo se muestra en grupos más grandes, para proteger la "
                   "privacidad de cada estudiante."}};
    }
    return {};
}

LangText pageIndicator(int page, int pageCount) {
    std::string p = std::to_string(page), n = std::to_string(pageCount);
    return {{"en", "Page " + p + " of " + n}, {"es", "Página " + p + " de " + n}};
}

LangText joinTitles(const LangText& first, const LangText& second) {
    std::set<std::string> langs;
    for (const auto& [lang, s] : first)
        langs.insert(lang);
    for (const auto& [lang, s] : second)
        langs.insert(lang);
    LangText out;
    for (const auto& lang : langs) {
        std::string a = pickText(first, lang, {"en"}), b = pickText(second, lang, {"en"});
        if (a.empty() || b.empty())
            out[lang] = a + b;
        else
            out[lang] = a + " · " + b;
    }
    return out;
}

} // namespace lantern::layout
