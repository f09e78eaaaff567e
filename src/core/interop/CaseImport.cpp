// CASE packages: [1] reading the JSON, [2] the document and items, [3] associations into one
// parent per item, [4] the cycle check, [5] the tree into domains, competencies and targets.
// [6] parseCasePackage, the entry point.
//
// Call flow:
//   parseCasePackage ─ CaseParser::parse
//   ├─ [1] parseJson
//   ├─ [2] readDocument, readItems ─ readItem
//   ├─ [3] readAssociations ─ readAssociation ─ endId, setParent
//   ├─ [4] checkCycles ─ failCycle
//   └─ [5] buildTree ─ emitDocumentDomain (no item has children) or emitDomain
//          └─ emitCompetency ─ emitTargets
#include "core/interop/CaseImport.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

namespace lantern {
namespace {

using nlohmann::json;

// [1] ------------------------------------------------------------------------------------------

json parseJson(const std::string& text, const std::string& file) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        const std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(end), '\n');
        const auto lastBreak = text.rfind('\n', end == 0 ? 0 : end - 1);
        const auto column = lastBreak == std::string::npos || end == 0 ? end + 1 : end - lastBreak;
        std::string why = e.what();
        if (auto colon = why.rfind(": "); colon != std::string::npos) why = why.substr(colon + 2);
        throw ImportError(file, static_cast<int>(line), "",
                          "not JSON (column " + std::to_string(column) + "): " + why);
    }
}

std::string textOf(const json& object, const char* key) {
    if (!object.is_object()) return {};
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

std::optional<double> sequenceOf(const json& association) {
    auto it = association.find("sequenceNumber");
    if (it == association.end()) return std::nullopt;
    if (it->is_number()) return it->get<double>();
    if (it->is_string()) {
        try {
            return std::stod(it->get<std::string>());
        } catch (const std::exception&) {
        }
    }
    return std::nullopt;
}

std::string primaryLanguage(std::string tag) {
    tag = tag.substr(0, tag.find_first_of("-_"));
    std::transform(tag.begin(), tag.end(), tag.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return tag;
}

// "L1.2" before "L1.10": runs of digits compare as numbers (OpenSALT's Ordering sample).
bool naturalLess(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < a.size() && j < b.size()) {
        if (!digit(a[i]) || !digit(b[j])) {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i, ++j;
            continue;
        }
        while (i < a.size() && a[i] == '0')
            ++i;
        while (j < b.size() && b[j] == '0')
            ++j;
        const auto si = i, sj = j;
        while (i < a.size() && digit(a[i]))
            ++i;
        while (j < b.size() && digit(b[j]))
            ++j;
        const auto x = a.substr(si, i - si), y = b.substr(sj, j - sj);
        if (x.size() != y.size()) return x.size() < y.size();
        if (x != y) return x < y;
    }
    return a.size() - i < b.size() - j;
}

struct Item {
    std::string id, uri, humanCoding, abbreviated, full, notes;
    std::string parent; // empty: top level
    int parentAssociation = -1;
    std::optional<double> sequence;
    std::vector<std::size_t> children;
};

class CaseParser {
public:
    CaseParser(std::string file, std::string language) : m_file(std::move(file)) {
        m_out.fileName = m_file;
        m_out.language = std::move(language);
    }

    FrameworkImportData parse(const std::string& text) {
        const json root = parseJson(text, m_file);
        readDocument(root);
        readItems(root);
        readAssociations(root);
        checkCycles();
        buildTree();
        return std::move(m_out);
    }

private:
    [[noreturn]] void fail(const std::string& path, const std::string& message) const {
        throw ImportError(m_file, 0, path, message);
    }
    void warn(const std::string& message) { m_out.warnings.push_back(m_file + ": " + message); }

    // [2] --------------------------------------------------------------------------------------
    void readDocument(const json& root) {
        if (!root.is_object() || !root.contains("CFDocument") || !root["CFDocument"].is_object())
            fail("CFDocument", "missing: this is not a CASE package (CFPackage)");
        const json& doc = root["CFDocument"];
        m_docId = textOf(doc, "identifier");
        if (m_docId.empty()) fail("CFDocument.identifier", "missing");
        if (auto lang = primaryLanguage(textOf(doc, "language")); !lang.empty())
            m_out.language = lang;
        auto& f = m_out.framework;
        f.id = m_docId;
        f.source = "case";
        f.title[m_out.language] = textOf(doc, "title").empty() ? m_docId : textOf(doc, "title");
        f.uri = textOf(doc, "uri");
        f.version = textOf(doc, "version");
        if (auto status = textOf(doc, "adoptionStatus"); !status.empty())
            f.version += (f.version.empty() ? "" : ", ") + status;
    }

    void readItems(const json& root) {
        if (!root.contains("CFItems")) return;
        const json& items = root["CFItems"];
        if (!items.is_array()) fail("CFItems", "not an array");
        for (std::size_t i = 0; i < items.size(); ++i)
            readItem(items[i], i);
    }

    void readItem(const json& node, std::size_t i) {
        const std::string path = "CFItems[" + std::to_string(i) + "]";
        Item item{textOf(node, "identifier"),
                  textOf(node, "uri"),
                  textOf(node, "humanCodingScheme"),
                  textOf(node, "abbreviatedStatement"),
                  textOf(node, "fullStatement"),
                  textOf(node, "notes"),
                  {},
                  -1,
                  {},
                  {}};
        if (item.id.empty()) fail(path + ".identifier", "missing");
        if (item.id == m_docId || m_index.count(item.id))
            fail(path + ".identifier", "duplicate identifier " + item.id);
        if (item.full.empty() && item.abbreviated.empty()) fail(path + ".fullStatement", "missing");
        if (item.full.empty()) item.full = item.abbreviated;
        m_index[item.id] = m_items.size();
        m_items.push_back(std::move(item));
    }

    // [3] --------------------------------------------------------------------------------------
    static std::string endId(const json& association, const char* key) {
        const auto& end = association.contains(key) ? association[key] : json();
        auto id = textOf(end, "identifier");
        if (id.empty()) {
            const auto uri = textOf(end, "uri");
            id = uri.substr(uri.find_last_of('/') + 1);
        }
        return id;
    }

    void readAssociations(const json& root) {
        if (!root.contains("CFAssociations")) return;
        const json& list = root["CFAssociations"];
        if (!list.is_array()) fail("CFAssociations", "not an array");
        for (std::size_t i = 0; i < list.size(); ++i)
            readAssociation(list[i], static_cast<int>(i));
    }

    void readAssociation(const json& a, int i) {
        const std::string path = "CFAssociations[" + std::to_string(i) + "]";
        const auto type = textOf(a, "associationType");
        const auto origin = endId(a, "originNodeURI"), destination = endId(a, "destinationNodeURI");
        if (origin.empty()) fail(path + ".originNodeURI", "missing");
        if (destination.empty()) fail(path + ".destinationNodeURI", "missing");
        const bool originInside = m_index.count(origin) > 0;
        const bool destinationInside = destination == m_docId || m_index.count(destination);
        if (type == "isChildOf" && originInside)
            setParent(m_items[m_index[origin]], destination, destinationInside, a, i);
        if (originInside && !destinationInside) {
            const auto& end = a["destinationNodeURI"];
            const auto uri = textOf(end, "uri");
            m_out.refs.push_back(
                {origin, type, uri.empty() ? destination : uri, textOf(end, "title")});
        } else if (!originInside && origin != m_docId) {
            warn(path + ": " + type + " from " + origin + ", outside the package: left out");
        }
    }

    void setParent(Item& item, const std::string& parent, bool inside, const json& a, int i) {
        const std::string path = "CFAssociations[" + std::to_string(i) + "]";
        if (item.parentAssociation >= 0) {
            warn(path + ": " + item.id + " has a second parent (" + parent + "): ignored");
            return;
        }
        item.parentAssociation = i;
        item.sequence = sequenceOf(a);
        if (!inside)
            warn(path + ": the parent of " + item.id + " is outside the package: top level");
        item.parent = inside && parent != m_docId ? parent : std::string{};
    }

    // [4] --------------------------------------------------------------------------------------
    void checkCycles() const {
        std::vector<int> state(m_items.size(), 0); // 0 unseen, 1 on the current walk, 2 done
        for (std::size_t start = 0; start < m_items.size(); ++start) {
            std::vector<std::size_t> walk;
            std::size_t at = start;
            while (state[at] == 0) {
                state[at] = 1;
                walk.push_back(at);
                if (m_items[at].parent.empty()) break;
                at = m_index.at(m_items[at].parent);
            }
            if (state[at] == 1 && !m_items[at].parent.empty()) failCycle(at);
            for (auto w : walk)
                state[w] = 2;
        }
    }

    [[noreturn]] void failCycle(std::size_t at) const {
        std::string chain = m_items[at].id;
        for (auto i = m_index.at(m_items[at].parent); i != at; i = m_index.at(m_items[i].parent))
            chain += " -> " + m_items[i].id;
        fail("CFAssociations[" + std::to_string(m_items[at].parentAssociation) + "]",
             "isChildOf cycle: " + chain + " -> " + m_items[at].id);
    }

    // [5] --------------------------------------------------------------------------------------
    bool before(std::size_t a, std::size_t b) const {
        const Item &x = m_items[a], &y = m_items[b];
        if (x.sequence.has_value() != y.sequence.has_value()) return x.sequence.has_value();
        if (x.sequence && *x.sequence != *y.sequence) return *x.sequence < *y.sequence;
        if (naturalLess(x.humanCoding, y.humanCoding)) return true;
        if (naturalLess(y.humanCoding, x.humanCoding)) return false;
        if (x.humanCoding != y.humanCoding) return x.humanCoding < y.humanCoding;
        return x.id < y.id;
    }

    void sortChildren(std::vector<std::size_t>& list) const {
        std::sort(list.begin(), list.end(), [this](auto a, auto b) { return before(a, b); });
    }

    void buildTree() {
        std::vector<std::size_t> top;
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (m_items[i].parentAssociation < 0)
                warn(m_items[i].id + " has no isChildOf parent: top level");
            if (m_items[i].parent.empty())
                top.push_back(i);
            else
                m_items[m_index[m_items[i].parent]].children.push_back(i);
        }
        for (auto& item : m_items)
            sortChildren(item.children);
        sortChildren(top);
        const bool flat = std::all_of(top.begin(), top.end(),
                                      [this](auto i) { return m_items[i].children.empty(); });
        if (flat) return emitDocumentDomain(top);
        for (std::size_t i = 0; i < top.size(); ++i)
            emitDomain(m_items[top[i]], static_cast<int>(i));
    }

    std::string codeOf(const Item& item) const {
        if (!item.humanCoding.empty()) return item.humanCoding;
        if (!item.abbreviated.empty()) return item.abbreviated;
        return item.id.substr(0, 8);
    }
    // The abbreviation only when the code is not already it.
    static std::string titleOf(const Item& item) {
        return !item.humanCoding.empty() && !item.abbreviated.empty() ? item.abbreviated
                                                                      : item.full;
    }
    LangText inLanguage(const std::string& text) const {
        if (text.empty()) return {};
        return {{m_out.language, text}};
    }

    void emitDocumentDomain(const std::vector<std::size_t>& top) {
        m_out.domains.push_back({m_docId, "", m_out.framework.title, 0, m_docId});
        for (std::size_t i = 0; i < top.size(); ++i)
            emitCompetency(m_items[top[i]], m_docId, static_cast<int>(i));
    }

    void emitDomain(const Item& item, int order) {
        m_out.domains.push_back({item.id, codeOf(item), inLanguage(titleOf(item)), order, m_docId});
        for (std::size_t i = 0; i < item.children.size(); ++i)
            emitCompetency(m_items[item.children[i]], item.id, static_cast<int>(i));
    }

    void emitCompetency(const Item& item, const std::string& domainId, int order) {
        Competency c;
        c.id = item.id;
        c.domainId = domainId;
        c.code = codeOf(item);
        c.title = inLanguage(titleOf(item));
        c.meaning = inLanguage(titleOf(item) != item.full ? item.full : item.notes);
        c.sortOrder = order;
        c.frameworkId = m_docId;
        m_out.competencies.push_back(std::move(c));
        int targetOrder = 0;
        for (auto child : item.children)
            emitTargets(m_items[child], item.id, targetOrder);
    }

    void emitTargets(const Item& item, const std::string& competencyId, int& order) {
        m_out.learningTargets.push_back(
            {item.id, competencyId, codeOf(item), inLanguage(titleOf(item)), order++});
        for (auto child : item.children)
            emitTargets(m_items[child], competencyId, order);
    }

    std::string m_file;
    FrameworkImportData m_out;
    std::string m_docId;
    std::vector<Item> m_items;
    std::map<std::string, std::size_t> m_index;
};

} // namespace

// [6] ------------------------------------------------------------------------------------------

FrameworkImportData parseCasePackage(const std::string& text, const std::string& fileName,
                                     const std::string& defaultLanguage) {
    return CaseParser(fileName, defaultLanguage).parse(text);
}

} // namespace lantern
