#include "core/Slides.hpp"

namespace lantern {

const char* slideKindName(SlideKind kind) {
    switch (kind) {
    case SlideKind::Habit:
        return "habit";
    case SlideKind::Progress:
        return "progress";
    case SlideKind::Celebrations:
        return "celebrations";
    case SlideKind::Mission:
        return "mission";
    case SlideKind::Announcement:
        return "announcement";
    case SlideKind::HabitsOverview:
        return "habits-overview";
    case SlideKind::Quote:
        return "quote";
    }
    return "unknown";
}

} // namespace lantern
