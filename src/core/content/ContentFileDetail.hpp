#pragma once
// Internal to the content file's .cpp files: the checked JSON object reader, local time stamps,
// and the per-kind writers and readers.
#include "core/content/ContentFile.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace lantern::contentfile {

using Json = nlohmann::json;

inline constexpr const char* kFormat = "lantern-content";
inline constexpr int kVersion = 1;

[[noreturn]] void fail(const std::string& path, const std::string& message);

// `part[index] (id "x")`, or `part[index]` while the id is unknown.
[[nodiscard]] std::string itemPath(std::string_view part, std::size_t index,
                                   const std::string& id = {});

// A JSON object being read at `path`: every accessor checks the value's type and fails with the
// key's path; finish() fails on a key no accessor asked for (a misspelt key is an error, not
// silently ignored).
class ObjectReader {
public:
    ObjectReader(const Json& value, std::string path);

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::string keyPath(std::string_view key) const;
    // Renames the object once its id is known, so later messages say which item it is.
    void setPath(std::string path) { m_path = std::move(path); }

    // The value at `key`, or nullptr when absent (or null).
    [[nodiscard]] const Json* find(std::string_view key);
    [[nodiscard]] std::string id();                       // required, non-empty
    [[nodiscard]] std::string text(std::string_view key); // required, non-empty
    [[nodiscard]] std::string text(std::string_view key, std::string fallback);
    [[nodiscard]] std::optional<std::string> optText(std::string_view key); // non-empty if given
    [[nodiscard]] int integer(std::string_view key, int fallback);
    [[nodiscard]] std::optional<int> optInteger(std::string_view key);
    [[nodiscard]] double number(std::string_view key, double fallback);
    [[nodiscard]] bool boolean(std::string_view key, bool fallback);
    [[nodiscard]] LangText langText(std::string_view key);                 // {} when absent
    [[nodiscard]] std::vector<std::string> textList(std::string_view key); // {} when absent
    // A textList of language tags, each one Lantern sets (core/model/Languages.hpp).
    [[nodiscard]] std::vector<std::string> languageList(std::string_view key);
    [[nodiscard]] std::optional<Days> date(std::string_view key);
    [[nodiscard]] Instant stamp(std::string_view key, const std::string& zone); // epoch if absent
    // The array at `key` ({} when absent), each element's path being key[i].
    [[nodiscard]] const Json& array(std::string_view key);
    void finish() const;

private:
    const Json& m_value;
    std::string m_path;
    std::set<std::string, std::less<>> m_known;
};

// A {"en": "...", ...} object at `path`.
[[nodiscard]] LangText readLangText(const Json& value, const std::string& path);

// Checks showFrom/until-style pairs: `until` before `from` fails at `untilPath`.
void checkRange(const std::optional<Days>& from, const std::optional<Days>& until,
                const std::string& untilPath);

// Local wall-clock text "YYYY-MM-DDTHH:MM:SS" in `zone`; an hour repeated by a DST change gets
// its UTC offset appended ("2026-11-01T01:30:00-05:00") so the instant is exact.
[[nodiscard]] std::string formatStamp(Instant t, const std::string& zone);
// Local text in `zone`, or text ending in "Z" or an offset ("+01:00").
[[nodiscard]] std::optional<Instant> parseStamp(std::string_view text, const std::string& zone);

// core/Schedule.hpp's text forms of weekdays ("Mon-Fri") and windows ("07:30-08:30"), reached
// from here so the readers and writers include only ScheduleNames.hpp.
[[nodiscard]] std::string weekdaysText(WeekdaySet days);
[[nodiscard]] std::optional<WeekdaySet> weekdaysFromText(std::string_view text);
[[nodiscard]] std::string windowText(TimeWindow window);
[[nodiscard]] std::optional<TimeWindow> windowFromText(std::string_view text);

// Writers: one JSON object per item, omitting absent optionals and empty lists.
[[nodiscard]] Json schoolJson(const School& school);
[[nodiscard]] Json itemJson(const Room& room, const std::string& zone);
[[nodiscard]] Json itemJson(const RoomGroup& group, const std::string& zone);
[[nodiscard]] Json itemJson(const Display& display, const std::string& zone);
[[nodiscard]] Json itemJson(const Playlist& playlist, const std::string& zone);
[[nodiscard]] Json itemJson(const ScheduleRule& rule, const std::string& zone);
[[nodiscard]] Json itemJson(const Habit& habit, const std::string& zone);
[[nodiscard]] Json itemJson(const Quote& quote, const std::string& zone);
[[nodiscard]] Json itemJson(const Announcement& announcement, const std::string& zone);
[[nodiscard]] Json itemJson(const Celebration& celebration, const std::string& zone);

// Readers: types, required fields, enum names, formats and ranges of one part of the file.
// References between items are checked afterwards on the whole content (validateContent).
[[nodiscard]] School readSchool(const Json& value);
[[nodiscard]] std::vector<Room> readRooms(const Json& value);
[[nodiscard]] std::vector<RoomGroup> readGroups(const Json& value);
[[nodiscard]] std::vector<Display> readDisplays(const Json& value);
[[nodiscard]] std::vector<Playlist> readPlaylists(const Json& value);
[[nodiscard]] std::vector<ScheduleRule> readRules(const Json& value, const std::string& zone);
[[nodiscard]] std::vector<Habit> readHabits(const Json& value);
[[nodiscard]] std::vector<Quote> readQuotes(const Json& value);
[[nodiscard]] std::vector<Announcement> readAnnouncements(const Json& value);
[[nodiscard]] std::vector<Celebration> readCelebrations(const Json& value, const std::string& zone);

// Which parts of the merged content came from the file (the others were kept), by part name.
using FileParts = std::set<std::string, std::less<>>;

// Duplicate ids and every reference in `content`; messages say whether a missing target was
// looked for in the file or in the database.
void validateContent(const SchoolContent& content, const FileParts& fromFile);

} // namespace lantern::contentfile
