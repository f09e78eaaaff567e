#pragma once
// Test helpers for the OneRoster importer: the shared sample sets (skipped when
// /work/shared/interop is absent), a small 1.2 set with results written at test time, broken
// copies, and zips made with libzip.
#include <doctest/doctest.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <unistd.h>

namespace lantern::testing::oneroster {

namespace fs = std::filesystem;

using Files = std::map<std::string, std::string>; // file name -> contents

// A folder of its own, removed at scope exit.
struct SetDir {
    SetDir() {
        std::string pattern = (fs::temp_directory_path() / "lantern-or-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~SetDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    SetDir(const SetDir&) = delete;
    SetDir& operator=(const SetDir&) = delete;
    fs::path path;
};

inline fs::path interopDir() {
#ifdef LANTERN_INTEROP_DIR
    return LANTERN_INTEROP_DIR;
#else
    return fs::path(LANTERN_SOURCE_DIR) / ".." / "shared" / "interop";
#endif
}

// The shared sample set's folder, or nullopt (with a MESSAGE) when it is absent.
inline std::optional<fs::path> sampleSet(const std::string& name) {
    auto path = interopDir() / "oneroster" / name;
    if (fs::is_directory(path)) return path;
    MESSAGE("skipped: ", path.string(), " is absent");
    return std::nullopt;
}

inline std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

inline void writeSet(const fs::path& folder, const Files& files) {
    fs::create_directories(folder);
    for (const auto& [name, text] : files)
        writeText(folder / name, text);
}

inline Files readSet(const fs::path& folder) {
    Files files;
    for (const auto& entry : fs::directory_iterator(folder))
        files[entry.path().filename().string()] = readText(entry.path());
    return files;
}

// A zip with the files at its root, written by libzip.
inline void writeZip(const fs::path& zipPath, const Files& files) {
    int error = 0;
    zip_t* archive = zip_open(zipPath.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    for (const auto& [name, text] : files) {
        zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
        REQUIRE(source != nullptr);
        REQUIRE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(archive) == 0); // reads the buffers: `files` must still be alive
}

inline std::string manifest(const std::map<std::string, std::string>& modes) {
    std::string text = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n";
    for (const auto& [kind, mode] : modes)
        text += "file." + kind + "," + mode + "\n";
    return text;
}

inline const char* kClassesHeader =
    "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,"
    "schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n";
inline const char* kUsersHeader =
    "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
    "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,"
    "preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns\n";
inline const char* kEnrollmentsHeader = "sourcedId,status,dateLastModified,classSourcedId,"
                                        "schoolSourcedId,userSourcedId,role,primary,beginDate,"
                                        "endDate\n";
inline const char* kResultsHeader =
    "sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,"
    "scoreDate,comment,textScore,classSourcedId,inProgress,incomplete,late,missing\n";

// A OneRoster 1.2 bulk set of one school: three classes (7B Crew, Math 7, Science 7), three
// students and a teacher, and results on three line items: li-1 tied to competency comp-ratio
// (0..4), li-2 tied to nothing, li-3 scored per objective (comp-ratio, an unknown objective and
// learning target lt-ratio). Students are known by their enrollments (no roles.csv).
inline Files schoolSet() {
    Files f;
    f["manifest.csv"] = manifest({{"orgs", "bulk"},
                                  {"academicSessions", "absent"},
                                  {"courses", "bulk"},
                                  {"classes", "bulk"},
                                  {"users", "bulk"},
                                  {"enrollments", "bulk"},
                                  {"lineItems", "bulk"},
                                  {"lineItemLearningObjectiveIds", "bulk"},
                                  {"results", "bulk"},
                                  {"resultLearningObjectiveIds", "bulk"}});
    f["orgs.csv"] = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                    "org-1,,,Lantern Middle,school,LMS,\n";
    f["courses.csv"] = "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,"
                       "grades,orgSourcedId,subjects,subjectCodes\n"
                       "crs-1,,,,Grade 7,G7,07,org-1,,\n";
    f["classes.csv"] = std::string(kClassesHeader) +
                       "cls-7b,,,7B Crew,,crs-1,7B,homeroom,,org-1,,,,\n"
                       "cls-math,,,Math 7 period 2,07,crs-1,M7,scheduled,,org-1,,,,\n"
                       "cls-sci,,,Science 7,\"07,08\",,S7,scheduled,,org-1,,,,\n";
    f["users.csv"] = std::string(kUsersHeader) +
                     "stu-1,,,true,amira,,Amira,Haddad,,,,,,,07,,,Mira,,,org-1,\n"
                     "stu-2,,,true,ben,,Ben,Ortiz,,,,,,,7,,,,,,org-1,\n"
                     "stu-3,,,true,chen,,Chen,Li,,,,,,,,,,,,,org-1,\n"
                     "tch-1,,,true,park,,Dana,Park,,,,,,,,,,,,,org-1,\n";
    f["enrollments.csv"] = std::string(kEnrollmentsHeader) +
                           "enr-1,,,cls-math,org-1,stu-1,student,,,\n"
                           "enr-2,,,cls-7b,org-1,stu-1,student,,,\n"
                           "enr-3,,,cls-7b,org-1,stu-2,student,,,\n"
                           "enr-4,,,cls-sci,org-1,stu-2,student,,,\n"
                           "enr-5,,,cls-sci,org-1,stu-3,student,,,\n"
                           "enr-6,,,cls-7b,org-1,tch-1,teacher,,,\n";
    f["lineItems.csv"] = "sourcedId,status,dateLastModified,title,description,assignDate,dueDate,"
                         "classSourcedId,categorySourcedId,academicSessionSourcedId,"
                         "resultValueMin,resultValueMax,schoolSourcedId\n"
                         "li-1,,,Ratio quiz,,,,cls-math,,,0,4,org-1\n"
                         "li-2,,,Lab notebook,,,,cls-sci,,,0,4,org-1\n"
                         "li-3,,,Ratio project,,,,cls-math,,,0,4,org-1\n";
    f["lineItemLearningObjectiveIds.csv"] =
        "sourcedId,status,dateLastModified,lineItemSourcedId,source,learningObjectiveId\n"
        "lilo-1,,,li-1,case,comp-ratio\n";
    f["results.csv"] = std::string(kResultsHeader) +
                       "res-1,,,li-1,stu-1,fully graded,2,2026-10-05T14:00:00Z,,,,,,,\n"
                       "res-2,,,li-1,stu-2,fully graded,1,10/6/2026,,,,,,,\n"
                       "res-3,,,li-2,stu-1,fully graded,4,2026-10-07,,,,,,,\n"
                       "res-4,,,li-3,stu-3,fully graded,,2026-10-08,,,,,,,\n"
                       "res-5,,,li-1,tch-1,fully graded,2,2026-10-05,,,,,,,\n";
    f["resultLearningObjectiveIds.csv"] = "sourcedId,status,dateLastModified,resultSourcedId,"
                                          "source,learningObjectiveId,score,textScore\n"
                                          "rlo-1,,,res-4,case,comp-ratio,4,\n"
                                          "rlo-2,,,res-4,case,comp-unknown,2,\n"
                                          "rlo-3,,,res-4,case,lt-ratio,3,\n";
    return f;
}

// `text` with the first occurrence of `from` replaced (REQUIREs that it occurs).
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace lantern::testing::oneroster
