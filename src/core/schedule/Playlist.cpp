#include "core/schedule/Playlist.hpp"

#include "core/schedule/PlaylistExpand.hpp"
#include "core/schedule/SlidePages.hpp"

#include <algorithm>
#include <string>

namespace lantern {
namespace {

std::string roomLabel(const Room& room) {
    return "room " + room.id + " (" + room.kind + ")";
}

std::vector<Slide> habitSlides(const PublicContent& c, const Room& room, const PlaylistTiming& t) {
    std::vector<Slide> out;
    for (std::size_t i = 0; i < c.habits.size(); ++i) {
        const auto& h = c.habits[i];
        out.push_back({"habit/" + h.habitId, SlideKind::Habit,
                       "default playlist for " + roomLabel(room) + ": habit " +
                           std::to_string(i + 1) + " of " + std::to_string(c.habits.size()),
                       t.habit, h});
    }
    return out;
}

std::vector<Slide> progressSlides(const PublicContent& c, const Room& room,
                                  const PlaylistTiming& t) {
    std::vector<Slide> out;
    auto add = [&](const ProgressSlideData& p, const char* reason) {
        for (auto& page : progressPages(p, progressRowsPerSlide(room.viewingDistanceM))) {
            std::string id = "progress/" + p.groupKind + "/" + p.groupId + "/" + p.domainId;
            if (page.second > 1) id += "/" + std::to_string(page.second);
            out.push_back({id, SlideKind::Progress,
                           "default playlist for " + roomLabel(room) + ": " + reason, t.progress,
                           std::move(page.first)});
        }
    };
    const auto chosen = progressForRoom(c, room);
    for (const auto* p : chosen.slides)
        add(*p, chosen.why.c_str());
    return out;
}

std::vector<Slide> wallSlides(const PublicContent& c, const Room& room, const PlaylistTiming& t) {
    std::vector<Slide> out;
    for (auto& page : celebrationPages(c.celebrations)) {
        std::string n = std::to_string(page.page);
        out.push_back({"celebrations/" + n, SlideKind::Celebrations,
                       "default playlist for " + roomLabel(room) + ": celebration wall page " + n +
                           " of " + std::to_string(page.pageCount),
                       t.celebrations, std::move(page)});
    }
    return out;
}

// Student voice plays in the shared spaces where learners and families pass, not in classrooms.
bool hearsStudentVoice(const Room& room) {
    return room.kind == "hallway" || room.kind == "entrance" || room.kind == "cafeteria";
}

std::vector<Slide> voiceSlides(const PublicContent& c, const Room& room, const PlaylistTiming& t) {
    std::vector<Slide> out;
    if (!hearsStudentVoice(room)) return out;
    for (std::size_t i = 0; i < c.quotes.size(); ++i)
        out.push_back({"quote/" + c.quotes[i].quoteId, SlideKind::Quote,
                       "default playlist for " + roomLabel(room) + ": student voice " +
                           std::to_string(i + 1) + " of " + std::to_string(c.quotes.size()),
                       t.habit, c.quotes[i]});
    return out;
}

} // namespace

std::vector<Slide> buildRoomPlaylist(const PublicContent& content, const Room& room,
                                     const std::vector<std::string>& roomGroups,
                                     const PlaylistTiming& timing) {
    PublicContent here = content;
    std::erase_if(here.celebrations, [&](const CelebrationCard& c) {
        return !targetedAt(c.targets, room, roomGroups);
    });
    std::vector<std::vector<Slide>> streams{habitSlides(here, room, timing),
                                            progressSlides(here, room, timing),
                                            wallSlides(here, room, timing)};
    const std::vector<Slide> voice = voiceSlides(here, room, timing);
    std::size_t longest = voice.size();
    for (const auto& s : streams)
        longest = std::max(longest, s.size());
    // Each quote once a cycle, spread over the rounds, rather than repeated to fill them.
    std::vector<const Slide*> voiceAt(longest, nullptr);
    for (std::size_t j = 0; j < voice.size(); ++j)
        voiceAt[j * longest / voice.size()] = &voice[j];
    std::vector<Slide> out;
    for (std::size_t i = 0; i < longest; ++i) {
        for (const auto& s : streams)
            if (!s.empty()) out.push_back(s[i % s.size()]);
        if (voiceAt[i]) out.push_back(*voiceAt[i]);
    }
    return out;
}

} // namespace lantern
