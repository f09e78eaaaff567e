#include "core/model/Slides.hpp"

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
    case SlideKind::ClassWall:
        return "class-wall";
    case SlideKind::GradeBoard:
        return "grade-board";
    case SlideKind::CompetencySpotlight:
        return "competency-spotlight";
    }
    return "unknown";
}

} // namespace lantern
