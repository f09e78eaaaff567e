#include "core/screen/ScreenPlan.hpp"

#include "core/alerts/Alerts.hpp"
#include "core/model/ContentLookup.hpp"
#include "core/model/LocalTime.hpp"
#include "core/publicview/PublicView.hpp"
#include "core/schedule/Playlist.hpp"
#include "core/schedule/PlaylistExpand.hpp"

#include <algorithm>
#include <stdexcept>

namespace lantern {
namespace {

using std::chrono::minutes;

// Shown when a school has nothing else to show yet: the screen is never blank.
Slide welcomeSlide(const SchoolContent& content, const Room& room) {
    MissionSlideData m;
    if (!content.school.name.empty())
        for (const auto& lang : content.school.languages)
            m.schoolName[lang] = content.school.name;
    m.statement =
        content.school.mission.empty()
            ? LangText{{"en", "Welcome to our school."}, {"es", "Bienvenidos a nuestra escuela."}}
            : content.school.mission;
    return Slide{"welcome", SlideKind::Mission,
                 "room " + room.id + " has no content to show yet: welcome slide",
                 std::chrono::seconds(30), m};
}

std::vector<std::string> languagesFor(const std::vector<std::string>& override, const Room& room,
                                      const School& school) {
    if (!override.empty()) return override;
    if (!room.languages.empty()) return room.languages;
    if (!school.languages.empty()) return school.languages;
    return {"en"};
}

const Playlist* findPlaylist(const SchoolContent& content, const std::string& id) {
    for (const auto& p : content.playlists)
        if (p.id == id) return &p;
    return nullptr;
}

Instant nextMinute(Instant t) {
    return std::chrono::floor<minutes>(t) + minutes(1);
}

} // namespace

ScreenPlanner::ScreenPlanner(SchoolContent content, PrivacyPolicy policy,
                             std::vector<std::string> languages)
    : m_content(std::move(content)), m_policy(policy), m_languages(std::move(languages)),
      m_schedule(m_content) {}

ScreenPlanner::ScreenPlanner(SchoolContent content, ProgressCounts counts, PrivacyPolicy policy,
                             std::vector<std::string> languages)
    : m_content(std::move(content)), m_policy(policy), m_languages(std::move(languages)),
      m_schedule(m_content), m_counts(std::move(counts)) {}

ProgressCounts ScreenPlanner::releaseCounts() && {
    if (!m_counts) return ProgressCounts(m_content, countedEvidence(m_content), {});
    return std::move(*m_counts);
}

const PublicContent& ScreenPlanner::publicContent(Days day) {
    if (m_publicDay != day) {
        if (!m_counts)
            m_counts.emplace(m_content, countedEvidence(m_content), day);
        else if (m_counts->today() != day || !m_counts->countsFor(m_content))
            m_counts->recount(m_content, day);
        const auto room = m_focus ? findRoom(m_content, *m_focus) : std::nullopt;
        m_public = buildPublicContent(m_content, m_policy, *m_counts,
                                      room ? scopeForRoom(m_content, *room) : PublicScope{});
        m_publicDay = day;
    }
    return m_public;
}

std::vector<Slide> ScreenPlanner::expand(const std::string& playlistId, const Room& room,
                                         const std::vector<std::string>& groups,
                                         const std::vector<std::string>& languages, Days day,
                                         const std::string& why, std::vector<std::string>* notes) {
    const Playlist* playlist = findPlaylist(m_content, playlistId);
    if (!playlist) return {};
    ExpandContext ctx{publicContent(day), room, groups, languages, day, why, notes};
    return expandPlaylist(*playlist, ctx);
}

void ScreenPlanner::focusOn(const std::string& roomId) {
    if (m_focus == roomId) return;
    m_focus = roomId;
    m_publicDay.reset();
}

ScreenPlan ScreenPlanner::plan(const ScreenTarget& target, Instant t) {
    auto room = findRoom(m_content, target.roomId);
    if (!room) throw std::invalid_argument("no room '" + target.roomId + "'");
    if (m_focus && *m_focus != target.roomId) {
        m_focus.reset();
        m_publicDay.reset();
    }
    ScreenPlan p;
    p.room = *room;
    p.displayId = target.displayId;
    p.roomGroups = m_schedule.groupsOf(room->id);
    p.languages = languagesFor(m_languages, *room, m_content.school);
    p.timeZone = m_content.school.timeZone;
    p.zone = m_schedule.zone();
    p.day = localDay(t, p.timeZone);

    const auto decision = m_schedule.decide(target, t);
    p.epoch = decision.epoch;
    p.validUntil = decision.validUntil;
    p.why = decision.why;
    if (decision.rule) {
        p.ruleId = decision.rule->id;
        p.slides = expand(decision.playlistId, *room, p.roomGroups, p.languages, p.day,
                          "rule " + decision.rule->id, &p.notes);
        if (p.slides.empty()) {
            p.why += "; its playlist has nothing to show today, so the default plays";
            p.epoch = startOfLocalDay(t, p.timeZone);
        }
    }
    if (p.slides.empty() && !m_content.school.defaultPlaylistId.empty())
        p.slides =
            expand(m_content.school.defaultPlaylistId, *room, p.roomGroups, p.languages, p.day,
                   "default playlist " + m_content.school.defaultPlaylistId, &p.notes);
    if (p.slides.empty()) p.slides = buildRoomPlaylist(publicContent(p.day), *room, p.roomGroups);
    if (p.slides.empty()) p.slides.push_back(welcomeSlide(m_content, *room));
    return p;
}

SequencePosition positionAt(const ScreenPlan& plan, Instant t) {
    auto pos = locate(plan.slides, plan.epoch, t);
    if (!pos) pos = SequencePosition{0, t, t + std::chrono::seconds(30), 0};
    pos->end = std::min(pos->end, std::max(plan.validUntil, t + std::chrono::milliseconds(1)));
    return *pos;
}

ScreenMoment momentAt(const ScreenPlan& plan, const std::vector<Alert>& alerts, Instant t) {
    ScreenMoment m;
    m.power = plan.zone ? powerAt(plan.room, plan.zone, t) : powerAt(plan.room, plan.timeZone, t);
    if (auto alert = activeAlertFor(alerts, plan.room.id, plan.roomGroups, t)) {
        m.mode = ScreenMode::Alert;
        m.slide.id = "alert/" + alert->id;
        m.slide.why =
            "alert " + alert->id + " raised " + formatLocal(alert->raisedAt, plan.timeZone);
        m.start = t;
        m.end = alert->expires.value_or(Instant::max());
        m.alert = std::move(alert);
        return m;
    }
    if (!m.power.on) {
        m.mode = ScreenMode::Dark;
        m.slide.id = plan.room.darkMode == DarkMode::Clock ? "dark/clock" : "dark";
        m.slide.why = "outside room " + plan.room.id + "'s power hours until " +
                      formatLocal(m.power.until, plan.timeZone);
        m.start = t;
        m.end = m.power.until;
        if (plan.room.darkMode == DarkMode::Clock) m.end = std::min(m.end, nextMinute(t));
        return m;
    }
    const auto pos = positionAt(plan, t);
    m.index = pos.index;
    m.showing =
        pos.cycle * static_cast<long long>(plan.slides.size()) + static_cast<long long>(pos.index);
    m.slide = plan.slides[pos.index];
    m.start = pos.start;
    m.end = std::min(pos.end, m.power.until);
    for (const auto& a : alerts) // wake when an alert raised for later, or an expiry, is due
        if (!a.clearedAt && a.raisedAt > t) m.end = std::min(m.end, a.raisedAt);
    return m;
}

} // namespace lantern
