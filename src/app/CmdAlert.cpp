// `lantern alert raise|clear|cap|list`: the emergency takeover from the command line. Bad input
// (an unknown kind, room or alert id, a malformed CAP file) exits 2 and changes nothing.
#include "app/Commands.hpp"
#include "core/alerts/Alerts.hpp"
#include "core/alerts/Cap.hpp"
#include "core/model/ContentLookup.hpp"
#include "player/SystemClock.hpp"
#include "store/Store.hpp"

#include <date/date.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace lantern {
namespace {

struct AlertFlags {
    CommonFlags common;
    std::string kind;
    std::string message;
    std::vector<std::string> rooms;
    std::vector<std::string> ids;
    std::string capFile;
};

std::string utc(Instant t) {
    return date::format("%FT%TZ", std::chrono::floor<std::chrono::seconds>(t));
}

AlertKind raisedKind(const std::string& name) {
    auto kind = parseAlertKind(name);
    if (!kind || *kind == AlertKind::Cap)
        throw CommandError(
            "unknown alert kind '" + name + "' (lockdown, shelter, evacuate, hold or custom)", 2);
    return *kind;
}

void checkTargets(const SchoolContent& content, const std::vector<std::string>& targets) {
    if (const auto unknown = unknownTargets(content, targets); !unknown.empty())
        throw CommandError(
            "--rooms: no room or group '" + unknown.front() + "' (see `lantern rooms`)", 2);
}

int runRaise(const AlertFlags& f) {
    AlertKind kind = raisedKind(f.kind);
    if (kind == AlertKind::Custom && f.message.empty())
        throw CommandError("a custom alert needs --message TEXT (what people should do)", 2);
    auto store = openStore(resolveSettings(f.common));
    auto content = store.loadContent(Store::WithEvidence::No);
    checkTargets(content, f.rooms);
    std::string lang = content.school.languages.empty() ? "en" : content.school.languages.front();
    std::optional<std::string> message;
    if (!f.message.empty()) message = f.message;
    auto id = store.saveAlert(builtInAlert(kind, message, f.rooms, SystemClock().now(), lang));
    std::cout << id << "\n";
    return 0;
}

int runClear(const AlertFlags& f) {
    auto store = openStore(resolveSettings(f.common));
    for (const auto& id : f.ids)
        if (!store.findAlert(id))
            throw CommandError("no alert '" + id + "' (see `lantern alert list`)", 2);
    int n = store.clearAlerts(SystemClock().now(), f.ids);
    std::cout << "cleared " << n << (n == 1 ? " alert\n" : " alerts\n");
    return 0;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CommandError(path + ": cannot read the file", 2);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// An Update saves the new alert and clears the ones it replaces in one transaction. Re-applying a
// message keeps its first raise time; a cancelled one stays cancelled.
void applyEffect(Store& store, CapEffect& effect) {
    if (effect.save) {
        auto existing = store.findAlert(effect.save->id);
        if (existing && existing->clearedAt) {
            effect.reason += "; it was cancelled already, so it stays cleared";
            effect.save.reset();
        } else if (existing) {
            effect.save->raisedAt = existing->raisedAt;
        }
    }
    int cleared = 0;
    if (effect.save)
        cleared = store.replaceAlerts(*effect.save, effect.clear, SystemClock().now());
    else if (!effect.clear.empty())
        cleared = store.clearAlerts(SystemClock().now(), effect.clear);
    if (!effect.clear.empty())
        effect.reason += "; cleared " + std::to_string(cleared) + " open alert(s)";
}

int runCap(const AlertFlags& f) {
    std::string xml = readFile(f.capFile);
    CapMessage message;
    try {
        message = parseCap(xml);
    } catch (const CapError& e) {
        throw CommandError(f.capFile + ": " + e.what(), 2);
    }
    auto store = openStore(resolveSettings(f.common));
    auto effect = capEffect(message, SystemClock().now());
    applyEffect(store, effect);
    std::cout << effect.reason << "\n";
    return 0;
}

std::string stateOf(const Alert& a, Instant now) {
    if (alertActiveAt(a, now)) return "active";
    return a.raisedAt > now ? "pending" : "expired";
}

int runList(const AlertFlags& f) {
    auto store = openStore(resolveSettings(f.common));
    Instant now = SystemClock().now();
    for (const auto& a : store.openAlerts()) {
        std::string targets;
        for (const auto& t : a.targets)
            targets += (targets.empty() ? "" : " ") + t;
        std::cout << a.id << "\t" << alertKindName(a.kind) << "\t" << stateOf(a, now) << "\t"
                  << utc(a.raisedAt) << "\t" << (a.expires ? utc(*a.expires) : "-") << "\t"
                  << (targets.empty() ? "everywhere" : targets) << "\t"
                  << pickText(a.headline, "en", {"es"}) << "\n";
    }
    return 0;
}

CLI::App* leaf(CLI::App& alert, const char* name, const char* help, AlertFlags& flags) {
    auto* sub = alert.add_subcommand(name, help);
    addCommonFlags(*sub, flags.common, false, false);
    return sub;
}

} // namespace

void addAlertCommand(CLI::App& app, CommandRun& run) {
    auto f = std::make_shared<AlertFlags>();
    auto* alert =
        app.add_subcommand("alert", "Raise, clear, import (CAP) or list emergency alerts");
    alert->require_subcommand(1);

    auto* raise = leaf(*alert, "raise", "Take over the screens now; prints the alert id", *f);
    raise->add_option("kind", f->kind, "lockdown, shelter, evacuate, hold or custom")->required();
    raise->add_option("--message", f->message,
                      "Plain words in the school's first language: a custom alert's instruction, "
                      "or detail for the others");
    raise->add_option("--rooms", f->rooms, "Room or group ids (default: every room)");
    raise->callback([f, &run] { run = [f] { return runRaise(*f); }; });

    auto* clear = leaf(*alert, "clear", "End the given alerts, or every open one", *f);
    clear->add_option("ids", f->ids, "Alert ids (see `lantern alert list`)");
    clear->callback([f, &run] { run = [f] { return runClear(*f); }; });

    auto* cap = leaf(*alert, "cap", "Apply an OASIS CAP 1.2 message (Alert, Update, Cancel)", *f);
    cap->add_option("file", f->capFile, "The CAP XML file")->required();
    cap->callback([f, &run] { run = [f] { return runCap(*f); }; });

    auto* list = leaf(*alert, "list",
                      "Open alerts: id, kind, state, raised, expires, "
                      "targets, headline",
                      *f);
    list->callback([f, &run] { run = [f] { return runList(*f); }; });
}

} // namespace lantern
