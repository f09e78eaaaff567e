#include "core/schedule/Sequencer.hpp"

namespace lantern {
namespace {

std::chrono::milliseconds cycleLength(const std::vector<Slide>& slides) {
    std::chrono::milliseconds total{0};
    for (const auto& s : slides)
        if (s.duration.count() > 0) total += s.duration;
    return total;
}

} // namespace

std::optional<SequencePosition> locate(const std::vector<Slide>& slides, Instant epoch, Instant t) {
    const auto total = cycleLength(slides);
    if (total.count() <= 0) return std::nullopt;

    const auto elapsed = (t - epoch).count();
    long long cycle = elapsed / total.count();
    long long offset = elapsed % total.count();
    if (offset < 0) { // t before the epoch: count cycles backwards
        offset += total.count();
        --cycle;
    }
    Instant cycleStart = epoch + std::chrono::milliseconds(cycle * total.count());
    std::chrono::milliseconds into{0};
    for (std::size_t i = 0; i < slides.size(); ++i) {
        const auto d = slides[i].duration;
        if (d.count() <= 0) continue;
        if (offset < (into + d).count())
            return SequencePosition{i, cycleStart + into, cycleStart + into + d, cycle};
        into += d;
    }
    return std::nullopt; // unreachable: offset < total
}

} // namespace lantern
