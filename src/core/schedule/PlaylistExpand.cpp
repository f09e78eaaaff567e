// Playlist expansion (PlaylistExpand.hpp states what each item source yields and the slide ids).
//
// Index of this file:
// - [generators] the slides each item source makes for the room, paged, with their ids
// - [fixed]      a Fixed item: the generator its id's prefix names, then the slide with that id
// - [items]      one item to its slides, and the item's part of each slide's why
// - [rooms]      a room's scope, targeting, which progress a room shows, the ISO week number
// - [entry]      expandPlaylist: durations and whys, in playlist order
//
// Call flow:
//   expandPlaylist
//   ├─ expandItem ─ the generator of the item's source (habits, celebrations, classWall, ...)
//   │  └─ fixed ─ fixedCandidates ─ the generator its id's prefix names
//   └─ itemWhy, autoDuration
#include "core/schedule/PlaylistExpand.hpp"

#include "core/model/ScheduleNames.hpp"
#include "core/schedule/ReadingTime.hpp"
#include "core/schedule/SlidePages.hpp"

#include <date/iso_week.h>

#include <algorithm>
#include <set>

namespace lantern {
namespace {

using Slides = std::vector<Slide>;

// ---- [generators] ----------------------------------------------------------------------------

Slide habitSlide(const HabitSlideData& h) {
    return Slide{"habit/" + h.habitId, SlideKind::Habit, {}, {}, h};
}

void addProgress(const ProgressSlideData& p, const Room& room, Slides& out) {
    for (auto& [page, n] : progressPages(p, progressRowsPerSlide(room.viewingDistanceM))) {
        std::string id = "progress/" + p.groupKind + "/" + p.groupId + "/" + p.domainId;
        if (n > 1) id += "/" + std::to_string(n);
        out.push_back(Slide{id, SlideKind::Progress, {}, {}, std::move(page)});
    }
}

Slides habits(const ExpandContext& ctx) {
    Slides out;
    for (const auto& h : ctx.content.habits)
        out.push_back(habitSlide(h));
    return out;
}

Slides habitOfWeek(const ExpandContext& ctx) {
    const auto& all = ctx.content.habits;
    if (all.empty()) return {};
    const auto week = static_cast<std::size_t>(isoWeekNumber(ctx.today));
    return {habitSlide(all[week % all.size()])};
}

Slides groupProgress(const std::vector<ProgressSlideData>& slides, const std::string& groupId,
                     const Room& room) {
    Slides out;
    for (const auto& p : slides)
        if (p.groupId == groupId) addProgress(p, room, out);
    return out;
}

// The chosen slides, paged; a stand-in's reason rides on each slide's why (the entry adds it).
Slides chosenSlides(const ChosenProgress& chosen, const Room& room, bool standIn) {
    Slides out;
    for (const auto* p : chosen.slides)
        addProgress(*p, room, out);
    if (standIn)
        for (auto& s : out)
            s.why = chosen.why;
    return out;
}

bool isSmall(const ExpandContext& ctx, const std::string& sectionId) {
    return ctx.content.smallSections.contains(sectionId);
}

Slides sectionProgress(const ExpandContext& ctx, const std::string& sectionId, std::string& why) {
    const auto chosen = progressOfSection(ctx.content, sectionId);
    if (chosen.slides.empty() && isSmall(ctx, sectionId)) why = chosen.why;
    return chosenSlides(chosen, ctx.room, isSmall(ctx, sectionId));
}

Slides roomProgress(const ExpandContext& ctx, std::string& why) {
    const auto chosen = progressForRoom(ctx.content, ctx.room);
    const bool standIn = ctx.room.sectionId && isSmall(ctx, *ctx.room.sectionId);
    if (chosen.slides.empty() && standIn) why = chosen.why;
    return chosenSlides(chosen, ctx.room, standIn);
}

Slides allProgress(const ExpandContext& ctx) {
    Slides out;
    for (const auto* list : {&ctx.content.sectionProgress, &ctx.content.gradeProgress})
        for (const auto& p : *list)
            addProgress(p, ctx.room, out);
    return out;
}

Slides celebrations(const ExpandContext& ctx) {
    std::vector<CelebrationCard> cards;
    for (const auto& c : ctx.content.celebrations)
        if (targetedAt(c.targets, ctx.room, ctx.roomGroups)) cards.push_back(c);
    Slides out;
    for (auto& page : celebrationPages(cards))
        out.push_back(Slide{"celebrations/" + std::to_string(page.page),
                            SlideKind::Celebrations,
                            {},
                            {},
                            std::move(page)});
    return out;
}

Slides announcements(const ExpandContext& ctx) {
    Slides out;
    for (const auto& a : ctx.content.announcements)
        if (targetedAt(a.targets, ctx.room, ctx.roomGroups))
            out.push_back(
                Slide{"announcement/" + a.announcementId, SlideKind::Announcement, {}, {}, a});
    return out;
}

Slides mission(const ExpandContext& ctx) {
    const auto& m = ctx.content.mission;
    if (std::none_of(m.begin(), m.end(), [](auto& e) { return !e.second.empty(); })) return {};
    MissionSlideData data{m, {}};
    if (!ctx.content.schoolName.empty()) {
        const auto& langs = ctx.content.languages;
        data.schoolName[langs.empty() ? "en" : langs.front()] = ctx.content.schoolName;
    }
    return {Slide{"mission", SlideKind::Mission, {}, {}, std::move(data)}};
}

Slides habitsOverview(const ExpandContext& ctx) {
    const auto& all = ctx.content.habits;
    if (all.empty()) return {};
    const auto n = std::min(all.size(), kMaxHabitsPerOverview);
    HabitsOverviewSlideData data{{all.begin(), all.begin() + static_cast<long>(n)}};
    return {Slide{"habits-overview", SlideKind::HabitsOverview, {}, {}, std::move(data)}};
}

Slides studentVoice(const ExpandContext& ctx) {
    Slides out;
    for (const auto& q : ctx.content.quotes)
        out.push_back(Slide{"quote/" + q.quoteId, SlideKind::Quote, {}, {}, q});
    return out;
}

Slides classWall(const ExpandContext& ctx, const std::string& param, std::string& why) {
    const std::string section = param.empty() ? ctx.room.sectionId.value_or("") : param;
    if (isSmall(ctx, section)) return sectionProgress(ctx, section, why);
    Slides out;
    for (const auto& wall : ctx.content.classWalls) {
        if (wall.sectionId != section) continue;
        for (auto& page : classWallPages(wall, classWallRowsPerSlide(ctx.room.viewingDistanceM))) {
            std::string id = "class-wall/" + wall.sectionId;
            if (page.page > 1) id += "/" + std::to_string(page.page);
            out.push_back(Slide{id, SlideKind::ClassWall, {}, {}, std::move(page)});
        }
    }
    return out;
}

Slides allClassWalls(const ExpandContext& ctx) {
    Slides out;
    std::string unused;
    for (const auto& wall : ctx.content.classWalls)
        for (auto& s : classWall(ctx, wall.sectionId, unused))
            if (s.kind == SlideKind::ClassWall) out.push_back(std::move(s));
    return out;
}

Slides gradeBoard(const ExpandContext& ctx) {
    const double metres = ctx.room.viewingDistanceM;
    Slides out;
    for (auto& page : gradeBoardPages(ctx.content.gradeBoard, gradeBoardColumnsPerSlide(metres),
                                      gradeBoardRowsPerSlide(metres))) {
        std::string id = "grade-board";
        if (page.page > 1) id += "/" + std::to_string(page.page);
        out.push_back(Slide{id, SlideKind::GradeBoard, {}, {}, std::move(page)});
    }
    return out;
}

Slide spotlightSlide(const CompetencySpotlightData& s) {
    return Slide{"competency/" + s.competencyId, SlideKind::CompetencySpotlight, {}, {}, s};
}

Slides spotlight(const ExpandContext& ctx, const std::string& param) {
    const auto& all = ctx.content.spotlights;
    if (all.empty()) return {};
    if (param.empty()) {
        const auto week = static_cast<std::size_t>(isoWeekNumber(ctx.today));
        return {spotlightSlide(all[week % all.size()])};
    }
    for (const auto& s : all)
        if (s.competencyId == param) return {spotlightSlide(s)};
    return {};
}

Slides allSpotlights(const ExpandContext& ctx) {
    Slides out;
    for (const auto& s : ctx.content.spotlights)
        out.push_back(spotlightSlide(s));
    return out;
}

// ---- [fixed] ---------------------------------------------------------------------------------

// The slides a Fixed id could name, narrowed by its prefix.
Slides fixedCandidates(const ExpandContext& ctx, const std::string& id) {
    if (id.starts_with("habit/")) return habits(ctx);
    if (id.starts_with("progress/")) return allProgress(ctx);
    if (id.starts_with("celebrations/")) return celebrations(ctx);
    if (id.starts_with("announcement/")) return announcements(ctx);
    if (id == "mission") return mission(ctx);
    if (id == "habits-overview") return habitsOverview(ctx);
    if (id.starts_with("quote/")) return studentVoice(ctx);
    if (id.starts_with("class-wall/")) return allClassWalls(ctx);
    if (id.starts_with("grade-board")) return gradeBoard(ctx);
    if (id.starts_with("competency/")) return allSpotlights(ctx);
    return {};
}

Slides fixed(const ExpandContext& ctx, const std::string& id) {
    Slides all = fixedCandidates(ctx, id);
    auto it = std::find_if(all.begin(), all.end(), [&](const Slide& s) { return s.id == id; });
    if (it == all.end()) return {};
    return {std::move(*it)};
}

// ---- [items] ---------------------------------------------------------------------------------

// The item's slides; `why` gets the reason when it names something that can show nothing.
Slides expandItem(const PlaylistItem& item, const ExpandContext& ctx, std::string& why) {
    switch (item.source) {
    case ItemSource::Fixed:
        return fixed(ctx, item.param);
    case ItemSource::Celebrations:
        return celebrations(ctx);
    case ItemSource::SectionProgress:
        return sectionProgress(ctx, item.param, why);
    case ItemSource::GradeProgress:
        return groupProgress(ctx.content.gradeProgress, item.param, ctx.room);
    case ItemSource::RoomProgress:
        return roomProgress(ctx, why);
    case ItemSource::HabitOfWeek:
        return habitOfWeek(ctx);
    case ItemSource::AllHabits:
        return habits(ctx);
    case ItemSource::Announcements:
        return announcements(ctx);
    case ItemSource::Mission:
        return mission(ctx);
    case ItemSource::HabitsOverview:
        return habitsOverview(ctx);
    case ItemSource::StudentVoice:
        return studentVoice(ctx);
    case ItemSource::ClassWall:
        return classWall(ctx, item.param, why);
    case ItemSource::GradeBoard:
        return gradeBoard(ctx);
    case ItemSource::CompetencySpotlight:
        return spotlight(ctx, item.param);
    }
    return {};
}

std::string itemWhy(const ExpandContext& ctx, const PlaylistItem& item, std::size_t index,
                    std::size_t itemCount) {
    std::string source = itemSourceName(item.source);
    if (!item.param.empty()) source += " " + item.param;
    return ctx.why + ": item " + std::to_string(index + 1) + " of " + std::to_string(itemCount) +
           " (" + source + ")";
}

} // namespace

// ---- [rooms] ---------------------------------------------------------------------------------

PublicScope scopeForRoom(const SchoolContent& content, const Room& room) {
    std::set<std::string> sections;
    if (room.sectionId) sections.insert(*room.sectionId);
    for (const auto& playlist : content.playlists)
        for (const auto& item : playlist.items) {
            const bool named =
                item.source == ItemSource::SectionProgress || item.source == ItemSource::ClassWall;
            if (named && !item.param.empty()) sections.insert(item.param);
            if (item.source == ItemSource::Fixed &&
                (item.param.starts_with("progress/") || item.param.starts_with("class-wall/")))
                return {};
        }
    return {std::move(sections)};
}

bool targetedAt(const std::vector<std::string>& targets, const Room& room,
                const std::vector<std::string>& roomGroups) {
    if (targets.empty()) return true;
    return std::any_of(targets.begin(), targets.end(), [&](const std::string& t) {
        return t == room.id ||
               std::find(roomGroups.begin(), roomGroups.end(), t) != roomGroups.end();
    });
}

ChosenProgress progressOfSection(const PublicContent& content, const std::string& sectionId) {
    ChosenProgress out;
    if (!content.smallSections.contains(sectionId)) {
        for (const auto& p : content.sectionProgress)
            if (p.groupId == sectionId) out.slides.push_back(&p);
        out.why = "progress of section " + sectionId;
        return out;
    }
    const auto grade = content.sectionGrades.find(sectionId);
    const std::string gradeId =
        grade == content.sectionGrades.end() ? "" : std::to_string(grade->second);
    for (const auto& p : content.gradeProgress)
        if (p.groupId == gradeId && !p.suppressed) out.slides.push_back(&p);
    out.why = "section " + sectionId +
              " counts fewer learners than the privacy minimum, so it can show no figures of "
              "its own";
    out.why += out.slides.empty() ? "; its grade shows none either, so this is skipped"
                                  : ": grade " + gradeId + "'s progress shows instead";
    return out;
}

ChosenProgress progressForRoom(const PublicContent& content, const Room& room) {
    if (room.sectionId) {
        auto out = progressOfSection(content, *room.sectionId);
        if (!content.smallSections.contains(*room.sectionId))
            out.why = "progress of the room's own section";
        return out;
    }
    ChosenProgress out;
    const std::string grade = room.grade ? std::to_string(*room.grade) : "";
    for (const auto& p : content.gradeProgress)
        if (!room.grade || p.groupId == grade) out.slides.push_back(&p);
    out.why = room.grade ? "progress of the room's grade" : "progress of each grade";
    return out;
}

int isoWeekNumber(Days day) {
    const date::sys_days d{date::days{day.time_since_epoch().count()}};
    return static_cast<int>(static_cast<unsigned>(iso_week::year_weeknum_weekday{d}.weeknum()));
}

// ---- [entry] ---------------------------------------------------------------------------------

std::vector<Slide> expandPlaylist(const Playlist& playlist, const ExpandContext& ctx) {
    std::vector<Slide> out;
    const std::size_t n = playlist.items.size();
    for (std::size_t i = 0; i < n; ++i) {
        const PlaylistItem& item = playlist.items[i];
        std::string skipped;
        Slides slides = expandItem(item, ctx, skipped);
        const std::string why = itemWhy(ctx, item, i, n);
        if (slides.empty() && !skipped.empty() && ctx.notes)
            ctx.notes->push_back(why + ": " + skipped);
        for (std::size_t k = 0; k < slides.size(); ++k) {
            Slide& s = slides[k];
            const std::string reason = std::move(s.why);
            s.why = why;
            if (slides.size() > 1)
                s.why +=
                    ", slide " + std::to_string(k + 1) + " of " + std::to_string(slides.size());
            if (!reason.empty()) s.why += "; " + reason;
            s.duration = item.duration ? *item.duration : autoDuration(s, ctx.languages);
            out.push_back(std::move(s));
        }
    }
    return out;
}

} // namespace lantern
