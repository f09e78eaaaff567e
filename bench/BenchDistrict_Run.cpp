// `lantern-bench --district`: the figures (the generator is in BenchDistrict.cpp).
#include "bench/BenchDistrict.hpp"
#include "bench/BenchStats.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/model/Dates.hpp"
#include "core/progress/ProgressCounts.hpp"
#include "core/publicview/PublicView.hpp"
#include "player/ScreenFonts.hpp"
#include "player/Settings.hpp"
#include "store/EvidenceImport.hpp"
#include "store/Store.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace lantern {
namespace {

// Removes the database and its WAL files when the bench ends, however it ends.
struct TempDatabase {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / "lantern-bench-district.db";
    TempDatabase() { clean(); }
    ~TempDatabase() { clean(); }
    void clean() const {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path.string() + suffix, ignored);
    }
};

void writeDistrict(const DistrictSpec& spec, const TempDatabase& db) {
    auto store = Store::open(db.path);
    StoreDistrictSink sink(store);
    const auto begin = Steady::now();
    generateDistrict(spec, sink);
    const double ms = msSince(begin);
    std::printf("  generate + bulk write (roster, then one prepared INSERT in one transaction):\n"
                "    %lld rows in %.0f ms = %.0f rows/s (peak RSS %ld MB)\n",
                static_cast<long long>(sink.rows()), ms,
                static_cast<double>(sink.rows()) / (ms / 1000.0), peakRssMb());
}

// Every progress slide's data, as the playlist pages it (at most kMaxRowsPerProgressSlide rows).
std::vector<Slide> progressSlides(const PublicContent& pub) {
    std::vector<Slide> out;
    for (const auto* list : {&pub.sectionProgress, &pub.gradeProgress})
        for (const auto& p : *list) {
            if (p.suppressed) continue;
            ProgressSlideData data = p;
            if (data.rows.size() > kMaxRowsPerProgressSlide)
                data.rows.resize(kMaxRowsPerProgressSlide);
            out.push_back({"progress/" + p.groupId + "/" + p.domainId, SlideKind::Progress, "",
                           std::chrono::seconds(12), data});
        }
    return out;
}

void sceneFigures(const Fonts& fonts, const PublicContent& pub) {
    const auto slides = progressSlides(pub);
    const std::size_t step = std::max<std::size_t>(1, slides.size() / 300);
    std::vector<double> ms;
    for (std::size_t i = 0; i < slides.size(); i += step) {
        const auto begin = Steady::now();
        const Scene scene =
            layoutSlide(slides[i], LayoutContext{1920, 1080, pub.languages, *fonts.metrics});
        ms.push_back(msSince(begin));
        (void)scene;
    }
    std::printf("  one progress slide's Scene (1920x1080, en+es), %zu of %zu shown slides:\n"
                "    median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                ms.size(), slides.size(), quantile(ms, 0.5), quantile(ms, 0.99), quantile(ms, 1.0));
}

void countSlides(const PublicContent& pub) {
    auto shown = [](const std::vector<ProgressSlideData>& v) {
        return std::count_if(v.begin(), v.end(), [](auto& s) { return !s.suppressed; });
    };
    std::printf("    section slides %zu (%ld shown), grade slides %zu (%ld shown)\n",
                pub.sectionProgress.size(), static_cast<long>(shown(pub.sectionProgress)),
                pub.gradeProgress.size(), static_cast<long>(shown(pub.gradeProgress)));
}

// What the player does after another process imported evidence (ScreenProgram::reloadContent),
// timed step by step.
void incrementalFigures(Store& store, const DistrictSpec& spec, ProgressCounts& counts,
                        Store::EvidenceMark& mark) {
    DistrictSpec more = spec;
    more.evidence = 10'000;
    more.seed = spec.seed + 1;
    std::stringstream csv;
    CsvDistrictSink sink(csv, "later-");
    generateDistrict(more, sink);
    auto begin = Steady::now();
    const auto report = importMasteryCsv(store, csv, "later.csv", districtToday(spec));
    std::printf("  import of %d new rows (import mastery, in this process): %.0f ms\n",
                report.counts.at("evidence").added, msSince(begin));

    begin = Steady::now();
    const double cpuBegin = cpuMs();
    const SchoolContent reloaded = store.loadContent(Store::WithEvidence::No);
    const double loadMs = msSince(begin);
    auto step = Steady::now();
    Store::EvidenceMark now;
    const auto rows = store.evidenceAfter(mark.lastId, now);
    const double readMs = msSince(step);
    step = Steady::now();
    const bool sameRoster = counts.countsFor(reloaded);
    if (now.epoch == mark.epoch && sameRoster) counts.addEvidence(rows);
    const double countMs = msSince(step);
    const double updateMs = msSince(begin), updateCpu = cpuMs() - cpuBegin;
    std::printf("  incremental update of the counts after it: %.0f ms (CPU %.0f ms) =\n"
                "    content without evidence %.0f ms, %zu new rows read %.0f ms, learners they "
                "touch recounted %.0f ms%s\n",
                updateMs, updateCpu, loadMs, rows.size(), readMs, countMs,
                now.epoch == mark.epoch && sameRoster ? "" : " (NOT incremental)");
    // What a classroom's screen then writes out (its own Crew's slides, the grade slides, the
    // grade board and the spotlights), and what a screen able to show every section does.
    step = Steady::now();
    const PublicScope classroom{std::set<std::string>{reloaded.sections.front().id}};
    const PublicContent own = buildPublicContent(reloaded, PrivacyPolicy{}, counts, classroom);
    const double ownMs = msSince(step);
    step = Steady::now();
    const PublicContent pub = buildPublicContent(reloaded, PrivacyPolicy{}, counts);
    const double allMs = msSince(step);
    std::printf("  the player's whole reload (counts, then its public content):\n"
                "    a classroom's screen (one section's slides) %.0f ms (public content %.0f "
                "ms, %zu section slides)\n"
                "    a screen that can show every section %.0f ms (public content %.0f ms)\n",
                updateMs + ownMs, ownMs, own.sectionProgress.size(), updateMs + allMs, allMs);
    countSlides(pub);
    mark = now;
}

} // namespace

int runDistrictBench(const Fonts& fonts, const DistrictSpec& spec, int rounds) {
    std::printf("lantern-bench --district: %d learners, %d competencies, %lld evidence rows "
                "(seed %llu)\n",
                spec.learners, spec.competencies, static_cast<long long>(spec.evidence),
                static_cast<unsigned long long>(spec.seed));
    const TempDatabase db;
    writeDistrict(spec, db);

    auto store = Store::open(db.path);
    auto begin = Steady::now();
    const SchoolContent content = store.loadContent(Store::WithEvidence::No);
    std::printf("  load the content without evidence: %.0f ms (peak RSS %ld MB)\n", msSince(begin),
                peakRssMb());
    begin = Steady::now();
    Store::EvidenceMark mark;
    MasteryData data = store.loadMasteryData(mark);
    std::printf("  load the evidence (Store::loadMasteryData): %.0f ms, %.1f MB of arrays "
                "(peak RSS %ld MB)\n",
                msSince(begin), static_cast<double>(data.bytes()) / 1e6, peakRssMb());

    const Days today = districtToday(spec);
    std::vector<double> recount, recountCpu, build, buildCpu;
    ProgressCounts counts;
    PublicContent pub;
    for (int r = 0; r < std::max(rounds, 1); ++r) {
        begin = Steady::now();
        double cpuBegin = cpuMs();
        if (r == 0)
            counts = ProgressCounts(content, std::move(data), today);
        else
            counts.recount(content, today);
        recount.push_back(msSince(begin));
        recountCpu.push_back(cpuMs() - cpuBegin);
        begin = Steady::now();
        cpuBegin = cpuMs();
        pub = buildPublicContent(content, PrivacyPolicy{}, counts);
        build.push_back(msSince(begin));
        buildCpu.push_back(cpuMs() - cpuBegin);
    }
    std::printf("  full recompute, median of %d: %.0f ms (CPU %.0f ms) =\n"
                "    count every learner's levels (ProgressCounts) %.0f ms (CPU %.0f ms)\n"
                "    + every section and grade slide, class wall, grade board and spotlight,\n"
                "      grades summed over their units (buildPublicContent) %.0f ms (CPU %.0f ms)\n",
                std::max(rounds, 1), quantile(recount, 0.5) + quantile(build, 0.5),
                quantile(recountCpu, 0.5) + quantile(buildCpu, 0.5), quantile(recount, 0.5),
                quantile(recountCpu, 0.5), quantile(build, 0.5), quantile(buildCpu, 0.5));
    countSlides(pub);
    std::printf("  peak RSS so far: %ld MB\n", peakRssMb());
    incrementalFigures(store, spec, counts, mark);
    sceneFigures(fonts, pub);
    std::printf("  peak RSS: %ld MB\n", peakRssMb());
    return 0;
}
int writeDistrictFiles(const CommonFlags& flags, const DistrictSpec& spec,
                       const std::string& csvPath) {
    auto store = openStore(resolveSettings(flags));
    DistrictSpec rosterOnly = spec;
    rosterOnly.evidence = 0;
    StoreDistrictSink roster(store);
    generateDistrict(rosterOnly, roster);
    std::ofstream out(csvPath, std::ios::binary);
    if (!out) throw CommandError(csvPath + ": cannot write the file", 2);
    CsvDistrictSink csv(out);
    generateDistrict(spec, csv);
    if (!out.flush()) throw CommandError(csvPath + ": cannot write the file", 2);
    std::cout << "roster in " << store.path().string() << ", " << spec.evidence
              << " evidence rows in " << csvPath << "; import them with\n  lantern "
              << "import mastery " << csvPath << " --db " << store.path().string() << " --today "
              << formatDate(districtToday(spec)) << "\n";
    return 0;
}

} // namespace lantern
