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

Slides roomProgress(const ExpandContext& ctx) {
    Slides out;
    for (const auto* list : {&ctx.content.sectionProgress, &ctx.content.gradeProgress})
        for (const auto& p : *list)
            if (progressBelongsToRoom(p, ctx.room)) addProgress(p, ctx.room, out);
    return out;
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

Slides classWall(const ExpandContext& ctx, const std::string& param) {
    const std::string section = param.empty() ? ctx.room.sectionId.value_or("") : param;
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
    for (const auto& wall : ctx.content.classWalls)
        for (auto& s : classWall(ctx, wall.sectionId))
            out.push_back(std::move(s));
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

Slides expandItem(const PlaylistItem& item, const ExpandContext& ctx) {
    switch (item.source) {
    case ItemSource::Fixed:
        return fixed(ctx, item.param);
    case ItemSource::Celebrations:
        return celebrations(ctx);
    case ItemSource::SectionProgress:
        return groupProgress(ctx.content.sectionProgress, item.param, ctx.room);
    case ItemSource::GradeProgress:
        return groupProgress(ctx.content.gradeProgress, item.param, ctx.room);
    case ItemSource::RoomProgress:
        return roomProgress(ctx);
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
        return classWall(ctx, item.param);
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

bool progressBelongsToRoom(const ProgressSlideData& p, const Room& room) {
    if (room.sectionId) return p.groupKind == "section" && p.groupId == *room.sectionId;
    if (room.grade) return p.groupKind == "grade" && p.groupId == std::to_string(*room.grade);
    return p.groupKind == "grade";
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
        Slides slides = expandItem(item, ctx);
        const std::string why = itemWhy(ctx, item, i, n);
        for (std::size_t k = 0; k < slides.size(); ++k) {
            Slide& s = slides[k];
            s.why = why;
            if (slides.size() > 1)
                s.why +=
                    ", slide " + std::to_string(k + 1) + " of " + std::to_string(slides.size());
            s.duration = item.duration ? *item.duration : autoDuration(s, ctx.languages);
            out.push_back(std::move(s));
        }
    }
    return out;
}

} // namespace lantern
