#pragma once
// A believable demo middle school (what `lantern demo` writes), generated without I/O. The same
// options always give the same content, on every standard library: randomness comes from
// std::mt19937_64 (its sequence is fixed by the standard) mapped to ranges by our own arithmetic.
//
// The school: grades 6–8, 19 Crews of about equal size plus one deliberately tiny Crew ("8F",
// 6 learners) so the "not shown" path of disclosure control is exercised; 12 competencies in 3
// domains; a 4-level scale (Proficient = mastered); CRISP habits; a term (School::termStart) of
// ten weeks of evidence ending on `today` that grows unevenly across Crews, with a baseline piece
// for every learner on every competency in the first two weeks, so that the progress slides'
// start-of-term figures pass disclosure control; about 30 celebrations around `today`; six rooms.
// All public text is in English and Spanish. The vectors come out in the order the Store loads
// them (Store.hpp), so a demo survives a save/load round trip unchanged.
#include "core/model/Content.hpp"

#include <cstdint>

namespace lantern {

struct DemoOptions {
    int learners = 400;     // total; the tiny Crew keeps at most 6 of them
    std::uint64_t seed = 1; // learner names, consent, evidence and celebration targets
    Days today = Days{std::chrono::year{2026} / 11 / 20}; // the last day of evidence
};

[[nodiscard]] SchoolContent makeDemoSchool(const DemoOptions& options = {});

} // namespace lantern
