// Phrases and alert wording by catalog key (Wording.hpp); the catalogs are in catalogs/*.po.
#include "core/wording/Wording.hpp"

#include "core/wording/WordingDetail.hpp"

#include <array>

namespace lantern {
namespace {

struct PhraseName {
    Phrase key;
    std::string_view name;
};

// Each Phrase with its catalog key, the enumerator's name: renaming one means renaming its
// msgctxt in every catalog (the wording tests fail until then).
constexpr std::array kPhraseNames{
    PhraseName{Phrase::SuppressedSmallGroup, "SuppressedSmallGroup"},
    PhraseName{Phrase::SharePercent, "SharePercent"},
    PhraseName{Phrase::ShareAbove95, "ShareAbove95"},
    PhraseName{Phrase::ShareBelow5, "ShareBelow5"},
    PhraseName{Phrase::ChangeUp, "ChangeUp"},
    PhraseName{Phrase::ChangeDown, "ChangeDown"},
    PhraseName{Phrase::ChangeNone, "ChangeNone"},
    PhraseName{Phrase::OurSchool, "OurSchool"},
    PhraseName{Phrase::SomeoneAtSchool, "SomeoneAtSchool"},
    PhraseName{Phrase::OurMission, "OurMission"},
    PhraseName{Phrase::CountdownToday, "CountdownToday"},
    PhraseName{Phrase::CountdownTomorrow, "CountdownTomorrow"},
    PhraseName{Phrase::CountdownDays, "CountdownDays"},
    PhraseName{Phrase::QuoteByStudent, "QuoteByStudent"},
    PhraseName{Phrase::SomeoneInSection, "SomeoneInSection"},
    PhraseName{Phrase::HabitLooksLike, "HabitLooksLike"},
    PhraseName{Phrase::HabitSoundsLike, "HabitSoundsLike"},
    PhraseName{Phrase::HabitsOfALearner, "HabitsOfALearner"},
    PhraseName{Phrase::WhatItLooksLike, "WhatItLooksLike"},
    PhraseName{Phrase::Celebrations, "Celebrations"},
    PhraseName{Phrase::ProgressKey, "ProgressKey"},
    PhraseName{Phrase::NoProgress, "NoProgress"},
    PhraseName{Phrase::SmallGroupsWhy, "SmallGroupsWhy"},
    PhraseName{Phrase::PageOf, "PageOf"},
    PhraseName{Phrase::NowShare, "NowShare"},
    PhraseName{Phrase::StartShare, "StartShare"},
    PhraseName{Phrase::NotShownOneSide, "NotShownOneSide"},
    PhraseName{Phrase::NoStartFigure, "NoStartFigure"},
    PhraseName{Phrase::WallCaption, "WallCaption"},
    PhraseName{Phrase::WallCaptionNoStart, "WallCaptionNoStart"},
    PhraseName{Phrase::BoardTitle, "BoardTitle"},
    PhraseName{Phrase::BoardCaption, "BoardCaption"},
    PhraseName{Phrase::LegendSmall, "LegendSmall"},
    PhraseName{Phrase::LegendOneSide, "LegendOneSide"},
    PhraseName{Phrase::StartOfTerm, "StartOfTerm"},
    PhraseName{Phrase::FourWeeksAgo, "FourWeeksAgo"},
    PhraseName{Phrase::Now, "Now"},
    PhraseName{Phrase::SpotlightSmall, "SpotlightSmall"},
    PhraseName{Phrase::SpotlightEarly, "SpotlightEarly"},
    PhraseName{Phrase::NoEvidenceYet, "NoEvidenceYet"},
    PhraseName{Phrase::SmallClassesNotCounted, "SmallClassesNotCounted"},
};

// The grade grammar (Wording_Grammar.cpp): "{0}" is a grade from 1; ".K" kindergarten; ".PreK"
// below it.
constexpr std::array<std::string_view, 9> kGradeContexts{
    "Grade.Learner",   "Grade.Learner.K", "Grade.Learner.PreK", "Grade.Noun",      "Grade.Noun.K",
    "Grade.Noun.PreK", "Grade.Title",     "Grade.Title.K",      "Grade.Title.PreK"};

// The wording of src/core/alerts/Alerts.cpp's built-in alerts, for alertWording().
constexpr std::array<std::string_view, 11> kAlertContexts{
    "Alert.Lockdown.title", "Alert.Lockdown.instruction",
    "Alert.Shelter.title",  "Alert.Shelter.instruction",
    "Alert.Evacuate.title", "Alert.Evacuate.instruction",
    "Alert.Hold.title",     "Alert.Hold.instruction",
    "Alert.Custom.title",   "Alert.Custom.instruction",
    "Alert.Cap.title"};

bool isAlertContext(std::string_view key) {
    for (auto context : kAlertContexts)
        if (context == key) return true;
    return false;
}

} // namespace

std::string_view phraseName(Phrase key) {
    for (const auto& entry : kPhraseNames)
        if (entry.key == key) return entry.name;
    return {};
}

bool hasPhrases(const std::string& lang) {
    return detail::catalogFor(lang) != nullptr;
}

std::string phrase(Phrase key, const std::string& lang, const std::vector<std::string>& args) {
    return detail::wording(phraseName(key), lang, args);
}

LangText phraseInEvery(Phrase key, const std::vector<std::string>& args) {
    return detail::wordingInEvery(phraseName(key), args);
}

LangText alertWording(std::string_view key) {
    return isAlertContext(key) ? detail::wordingInEvery(key) : LangText{};
}

namespace detail {

std::vector<std::string_view> requiredContexts() {
    std::vector<std::string_view> out;
    for (const auto& entry : kPhraseNames)
        out.push_back(entry.name);
    out.insert(out.end(), kGradeContexts.begin(), kGradeContexts.end());
    out.insert(out.end(), kAlertContexts.begin(), kAlertContexts.end());
    return out;
}

std::vector<std::string_view> optionalContexts() {
    return {"Date.Short", "Date.Long"};
}

} // namespace detail

} // namespace lantern
