// Content file: duplicate ids and references across the whole merged content.
#include "core/content/Celebrations.hpp"
#include "core/content/ContentFileDetail.hpp"
#include "core/model/ContentLookup.hpp"

#include <algorithm>
#include <map>

namespace lantern::contentfile {
namespace {

using IdSet = std::set<std::string, std::less<>>;

template <typename T> IdSet uniqueIds(const std::vector<T>& items, std::string_view part) {
    std::map<std::string, std::size_t, std::less<>> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto [it, fresh] = seen.emplace(items[i].id, i);
        if (!fresh)
            fail(itemPath(part, i, items[i].id) + ".id",
                 "duplicate id (also " + itemPath(part, it->second) + ")");
    }
    IdSet ids;
    for (const auto& [id, index] : seen)
        ids.insert(id);
    return ids;
}

class Validator {
public:
    Validator(const SchoolContent& content, const FileParts& fromFile)
        : m_content(content), m_fromFile(fromFile) {}

    void run() {
        collectIds();
        checkSchool();
        checkRooms();
        checkGroups();
        checkDisplays();
        checkPlaylists();
        checkRules();
        checkQuotes();
        checkHabits();
        checkTargets(m_content.announcements, "announcements");
        checkCelebrations();
    }

private:
    void collectIds() {
        m_rooms = uniqueIds(m_content.rooms, "rooms");
        m_groups = uniqueIds(m_content.groups, "groups");
        m_displays = uniqueIds(m_content.displays, "displays");
        m_playlists = uniqueIds(m_content.playlists, "playlists");
        m_habits = uniqueIds(m_content.habits, "habits");
        (void)uniqueIds(m_content.rules, "rules");
        (void)uniqueIds(m_content.quotes, "quotes");
        (void)uniqueIds(m_content.announcements, "announcements");
        (void)uniqueIds(m_content.celebrations, "celebrations");
        for (const auto& s : m_content.sections)
            m_sections.insert(s.id);
        for (const auto& l : m_content.learners)
            m_learners.insert(l.id);
    }

    // Fails at `path` (an item of `itemPart`) unless `id` is in `ids`, the ids of `targetPart`.
    void require(const IdSet& ids, const std::string& id, const char* what,
                 std::string_view targetPart, std::string_view itemPart,
                 const std::string& path) const {
        if (ids.contains(id)) return;
        auto message = std::string("no ") + what + " \"" + id + "\" " + where(targetPart);
        if (!m_fromFile.contains(itemPart))
            message += " (these " + std::string(itemPart) +
                       " were kept from the database; "
                       "include \"" +
                       std::string(itemPart) + "\" in the file to replace them)";
        fail(path, message);
    }

    std::string where(std::string_view part) const {
        return m_fromFile.contains(part) ? "in this file" : "in the database";
    }

    void checkSchool() const {
        const auto& id = m_content.school.defaultPlaylistId;
        if (!id.empty())
            require(m_playlists, id, "playlist", "playlists", "school", "school.defaultPlaylist");
    }

    void checkRooms() const {
        for (std::size_t i = 0; i < m_content.rooms.size(); ++i) {
            const auto& r = m_content.rooms[i];
            if (r.sectionId)
                require(m_sections, *r.sectionId, "section", "sections", "rooms",
                        itemPath("rooms", i, r.id) + ".section");
        }
    }

    void checkGroups() const {
        for (std::size_t i = 0; i < m_content.groups.size(); ++i) {
            const auto& g = m_content.groups[i];
            const auto path = itemPath("groups", i, g.id) + ".rooms";
            for (std::size_t k = 0; k < g.roomIds.size(); ++k) {
                require(m_rooms, g.roomIds[k], "room", "rooms", "groups", path);
                if (k > 0 && g.roomIds[k] == g.roomIds[k - 1])
                    fail(path, "room \"" + g.roomIds[k] + "\" is listed twice");
            }
        }
    }

    void checkDisplays() const {
        for (std::size_t i = 0; i < m_content.displays.size(); ++i) {
            const auto& d = m_content.displays[i];
            require(m_rooms, d.roomId, "room", "rooms", "displays",
                    itemPath("displays", i, d.id) + ".room");
        }
    }

    void checkPlaylists() const {
        for (std::size_t i = 0; i < m_content.playlists.size(); ++i) {
            const auto& p = m_content.playlists[i];
            for (std::size_t k = 0; k < p.items.size(); ++k) {
                if (p.items[k].source != ItemSource::SectionProgress) continue;
                require(m_sections, p.items[k].param, "section", "sections", "playlists",
                        itemPath("playlists", i, p.id) + ".items[" + std::to_string(k) + "].param");
            }
        }
    }

    void checkRules() const {
        for (std::size_t i = 0; i < m_content.rules.size(); ++i) {
            const auto& r = m_content.rules[i];
            const auto path = itemPath("rules", i, r.id);
            require(m_playlists, r.playlistId, "playlist", "playlists", "rules",
                    path + ".playlist");
            const auto target = path + ".targetId";
            if (r.target == TargetKind::Display)
                require(m_displays, r.targetId, "display", "displays", "rules", target);
            if (r.target == TargetKind::Room)
                require(m_rooms, r.targetId, "room", "rooms", "rules", target);
            if (r.target == TargetKind::Group)
                require(m_groups, r.targetId, "group", "groups", "rules", target);
        }
    }

    void checkQuotes() const {
        for (std::size_t i = 0; i < m_content.quotes.size(); ++i) {
            const auto& q = m_content.quotes[i];
            if (q.learnerId)
                require(m_learners, *q.learnerId, "learner", "learners", "quotes",
                        itemPath("quotes", i, q.id) + ".learner");
        }
    }

    // A sounds-like line is something learners say: it needs words in at least one language.
    void checkHabits() const {
        for (std::size_t i = 0; i < m_content.habits.size(); ++i) {
            const auto& h = m_content.habits[i];
            for (std::size_t k = 0; k < h.soundsLike.size(); ++k) {
                const auto& line = h.soundsLike[k];
                bool any = std::any_of(line.begin(), line.end(), [](const auto& entry) {
                    return entry.second.find_first_not_of(" \t\r\n") != std::string::npos;
                });
                if (!any)
                    fail(itemPath("habits", i, h.id) + ".soundsLike[" + std::to_string(k) + "]",
                         "needs text in at least one language");
            }
        }
    }

    template <typename T> void checkTargets(const std::vector<T>& items, std::string_view part) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            for (const auto& t : items[i].targets) {
                if (isRoomOrGroup(m_content, t)) continue;
                require(m_rooms, t, "room or group", "rooms", part,
                        itemPath(part, i, items[i].id) + ".targets");
            }
        }
    }

    void checkCelebrations() {
        checkTargets(m_content.celebrations, "celebrations");
        for (std::size_t i = 0; i < m_content.celebrations.size(); ++i) {
            const auto& c = m_content.celebrations[i];
            const auto path = itemPath("celebrations", i, c.id);
            if (c.learnerId)
                require(m_learners, *c.learnerId, "learner", "learners", "celebrations",
                        path + ".learner");
            if (c.sectionId)
                require(m_sections, *c.sectionId, "section", "sections", "celebrations",
                        path + ".section");
            if (c.habitId)
                require(m_habits, *c.habitId, "habit", "habits", "celebrations", path + ".habit");
            const auto issues = celebrationIssues(c, m_content);
            if (!issues.empty()) fail(path + "." + issues.front().field, issues.front().message);
        }
    }

    const SchoolContent& m_content;
    const FileParts& m_fromFile;
    IdSet m_rooms, m_groups, m_displays, m_playlists, m_habits, m_sections, m_learners;
};

} // namespace

void validateContent(const SchoolContent& content, const FileParts& fromFile) {
    Validator(content, fromFile).run();
}

} // namespace lantern::contentfile
