// Text forms of schedule rules: one-line rule descriptions (weekday sets and time windows are
// in core/model/ScheduleTimes.hpp).
#include "core/model/LocalTime.hpp"
#include "core/model/ScheduleNames.hpp"
#include "core/model/ScheduleTimes.hpp"
#include "core/schedule/Schedule.hpp"

namespace lantern {
namespace {

std::string dateRangeText(const ScheduleRule& rule) {
    if (rule.from && rule.until) return formatDate(*rule.from) + ".." + formatDate(*rule.until);
    if (rule.from) return "from " + formatDate(*rule.from);
    if (rule.until) return "until " + formatDate(*rule.until);
    return {};
}

} // namespace

std::string describeTarget(TargetKind kind, const std::string& id) {
    if (kind == TargetKind::Everywhere) return "everywhere";
    return std::string(targetKindName(kind)) + " " + id;
}

std::string describeRule(const ScheduleRule& rule) {
    std::string out = "priority " + std::to_string(rule.priority) + ", " +
                      describeTarget(rule.target, rule.targetId) + ", " +
                      formatWeekdays(rule.days) + " " +
                      formatTimeWindow(rule.window.value_or(TimeWindow{}));
    if (auto range = dateRangeText(rule); !range.empty()) out += ", " + range;
    return out;
}

} // namespace lantern
