#pragma once
// `lantern-bench --district`: a generated district (by default 50,000 learners, 200
// competencies, 2,000,000 evidence rows) written to a temporary database, then the figures of
// the progress benchmark: bulk write; the player's load (content without evidence, compact
// evidence); full recount and public content; incremental update after importing 10,000 new rows;
// one progress slide's Scene; peak memory. Figures for notes, not a test.
//
// The generator is deterministic for a given spec (its own seeded generator, no std
// distributions) and streams: it never holds the evidence, so it can feed a Store or a CSV file
// of any size. The district: grades 6-12 in equal shares; sections of 15-35 learners within a
// grade; `domains` domains holding the competencies in contiguous runs; competency c is taught in
// grade 6 + c % 7; each learner has evidence on their grade's competencies (the first ones of the
// sequence more often), rows per learner varying 0.4x-1.6x around the mean, dated on school days
// over the term, levels 1-4 (mastered at 3) rising with the learner's ability and the term's
// progress, most at 2 and 3.
#include "core/model/Content.hpp"

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

namespace lantern {

class Store;
class EvidenceAppender;
struct Fonts;
struct CommonFlags;

struct DistrictSpec {
    int learners = 50'000;
    int competencies = 200;
    std::int64_t evidence = 2'000'000;
    int domains = 10;
    std::uint64_t seed = 20261122;
    Days termStart{std::chrono::year{2026} / 9 / 8};
    int termDays = 91; // evidence is dated in [termStart, termStart + termDays)
};

// The day the benchmark asks about: the end of the term.
[[nodiscard]] Days districtToday(const DistrictSpec& spec);

// One generated evidence row. The references are valid during the sink's call only.
struct DistrictRow {
    const std::string& learnerId;
    const std::string& sectionId;
    const std::string& competencyId;
    const std::string& competencyCode;
    int level;
    Days date;
};

class DistrictSink {
public:
    virtual ~DistrictSink() = default;
    // The district without evidence (school, scale, domains, competencies, sections, learners),
    // before any row.
    virtual void roster(const SchoolContent& district) = 0;
    virtual void evidence(const DistrictRow& row) = 0;
    // After the last row.
    virtual void finish() = 0;
};

// Writes the roster with replaceContent, then the evidence through an EvidenceAppender committed
// by finish() (source "district", source_key the row number). A write error throws StoreError
// and leaves the evidence table as it was.
class StoreDistrictSink : public DistrictSink {
public:
    explicit StoreDistrictSink(Store& store);
    ~StoreDistrictSink() override;
    void roster(const SchoolContent& district) override;
    void evidence(const DistrictRow& row) override;
    void finish() override;
    [[nodiscard]] std::int64_t rows() const { return m_rows; }

private:
    Store& m_store;
    std::unique_ptr<EvidenceAppender> m_writer;
    std::int64_t m_rows = 0;
};

// Writes the simple mastery CSV (header learner_id,section_id,competency_code,level,date,source;
// dates YYYY-MM-DD; source "<prefix><row number>", since a learner can show evidence on one
// competency twice in a day); the roster is not written (the caller stores it, e.g. with a
// StoreDistrictSink over a spec with no evidence).
class CsvDistrictSink : public DistrictSink {
public:
    // `sourcePrefix` starts each row's source (so that a second file's rows are new rows).
    explicit CsvDistrictSink(std::ostream& out, std::string sourcePrefix = "task-")
        : m_out(out), m_prefix(std::move(sourcePrefix)) {}
    void roster(const SchoolContent& district) override;
    void evidence(const DistrictRow& row) override;
    void finish() override;

private:
    std::ostream& m_out;
    std::string m_prefix;
    std::int64_t m_rows = 0;
};

// Calls sink.roster once, sink.evidence for exactly spec.evidence rows, then sink.finish.
void generateDistrict(const DistrictSpec& spec, DistrictSink& sink);

// Runs the benchmark and prints the figures; returns the exit status.
int runDistrictBench(const Fonts& fonts, const DistrictSpec& spec, int rounds = 3);

// `--district --csv FILE`: the district's roster into the settings' database and its evidence as a
// simple mastery CSV in `csvPath`, so that `lantern import mastery` can be measured on it.
int writeDistrictFiles(const CommonFlags& flags, const DistrictSpec& spec,
                       const std::string& csvPath);

} // namespace lantern
