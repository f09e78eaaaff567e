// `lantern check`: what an admin should fix in the content: every public text that lacks one of
// the school's languages, or that this machine's fonts cannot draw whole in a language it has
// (core/content/Translations.hpp), one per line on standard output: "celebration c-12: text has
// no es (shown in en)". Exits 0 either way: gaps are advice, the screens fall back to a
// language the text has.
#include "app/Commands.hpp"
#include "core/content/Translations.hpp"
#include "core/model/ContentLookup.hpp"
#include "core/text/TextEngine.hpp"
#include "player/ScreenFonts.hpp"
#include "store/Store.hpp"

#include <iostream>
#include <memory>

namespace lantern {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

int runCheck(const CommonFlags& flags) {
    auto store = openStore(resolveSettings(flags));
    const auto content = store.loadContent(Store::WithEvidence::No);
    const auto fonts = loadFonts(resolveSettings(flags).config);
    const auto gaps =
        missingTranslations(content, [&](const std::string& text, const std::string& lang) {
            return fonts.metrics->rendersCleanly(text, lang);
        });
    for (const auto& gap : gaps)
        std::cout << describeGap(gap) << "\n";
    const std::string langs = joined(screenLanguages(content));
    if (gaps.empty())
        std::cout << "every public text is in every language the screens show (" << langs << ")\n";
    else
        std::cerr << gaps.size()
                  << (gaps.size() == 1 ? " missing translation" : " missing translations")
                  << " (the screens' languages: " << langs << ")\n";
    return 0;
}

} // namespace

void addCheckCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<CommonFlags>();
    auto* check = app.add_subcommand(
        "check",
        "List public texts that lack one of the school's languages (missing translations)");
    addCommonFlags(*check, *flags, false, false);
    check->callback([flags, &run] { run = [flags] { return runCheck(*flags); }; });
}

} // namespace lantern
