#include "core/layout/SlideLayout.hpp"

#include "core/layout/Readability.hpp"
#include "core/text/FontFiles.hpp"
#include "core/text/TextEngine.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <set>

using namespace lantern;
using lantern::testing::notoMeasurer;
using lantern::testing::WideMeasurer;

namespace {

Slide habitSlide() {
    HabitSlideData h;
    h.habitId = "perseverance";
    h.name = {{"en", "Perseverance"}, {"es", "Perseverancia"}};
    h.meaning = {{"en", "I keep going when learning gets hard."},
                 {"es", "Sigo adelante cuando aprender se vuelve difícil, y pido ayuda cuando la "
                        "necesito para no rendirme."}};
    h.indicators = {
        {{"en", "I try a new strategy when the first one does not work."},
         {"es", "Pruebo una estrategia nueva cuando la primera no funciona."}},
        {{"en", "I revise my work using feedback from my teacher and my peers."},
         {"es", "Reviso mi trabajo usando los comentarios de mi maestra, de mi maestro y de mis "
                "compañeros de clase, hasta que mi evidencia demuestra lo que aprendí."}},
        {{"en", "I ask for help."}, {"es", "Pido ayuda."}},
        {{"en", "A fourth indicator is not shown."}, {"es", "No se muestra."}},
    };
    h.color = "#e07a5f";
    return Slide{"habit/perseverance", SlideKind::Habit, "default rotation", {}, h};
}

ProgressBand band(int first, int last, std::string en, std::string es, std::string color,
                  int percent, std::string shareEn, std::string shareEs) {
    return ProgressBand{first, last,    {{"en", en}, {"es", es}},
                        color, percent, {{"en", shareEn}, {"es", shareEs}}};
}

CompetencyProgress row(std::string code, std::string en, std::string es,
                       std::vector<ProgressBand> bands) {
    return CompetencyProgress{
        code,
        code,
        {{"en", en}, {"es", es}},
        std::move(bands),
        {{"en", "+15 points since Sep 8"}, {"es", "+15 puntos desde el 8 sep"}}};
}

Slide progressSlide() {
    ProgressSlideData p;
    p.groupKind = "section";
    p.groupId = "7b";
    p.groupTitle = {{"en", "7B Crew"}};
    p.domainId = "math";
    p.domainTitle = {{"en", "Mathematics"}, {"es", "Matemáticas"}};
    auto b1 = band(1, 1, "Beginning", "Inicial", "#d8e2f0", 20, "20%", "20 %");
    auto b2 = band(2, 2, "Developing", "En desarrollo", "#8fb3d9", 35, "35%", "35 %");
    auto b3 = band(3, 3, "Proficient", "Competente", "#3a6ea5", 30, "30%", "30 %");
    auto b4 = band(4, 4, "Advanced", "Avanzado", "#1d3557", 15, "15%", "15 %");
    auto m12 = band(1, 2, "Beginning – Developing", "Inicial – En desarrollo", "#b3c9e4", 55, "55%",
                    "55 %");
    auto low = band(1, 1, "Beginning", "Inicial", "#d8e2f0", 4, "fewer than 5%", "menos del 5 %");
    auto high = band(3, 4, "Proficient – Advanced", "Competente – Avanzado", "#2b5a8c", 96,
                     "more than 95%", "más del 95 %");
    p.rows = {
        row("M.1", "Ratios and proportional relationships", "Razones y relaciones proporcionales",
            {b1, b2, b3, b4}),
        row("M.2", "Solve multi-step equations and explain the reasoning behind each step",
            "Resolver ecuaciones de varios pasos y explicar el razonamiento detrás de cada paso",
            {m12, b3, b4}),
        row("M.3", "Geometry", "Geometría", {low, high}),
        row("M.4", "Statistics and probability", "Estadística y probabilidad", {b1, b2, b3, b4}),
        row("M.5", "Number system", "Sistema numérico",
            {band(1, 1, "Beginning", "Inicial", "#d8e2f0", 5, "5%", "5 %"), b2,
             band(3, 3, "Proficient", "Competente", "#3a6ea5", 45, "45%", "45 %"), b4}),
    };
    return Slide{"progress/7b/math", SlideKind::Progress, "room 214's section", {}, p};
}

Slide suppressedSlide() {
    ProgressSlideData p;
    p.groupTitle = {{"en", "6A Crew"}};
    p.domainTitle = {{"en", "Science"}, {"es", "Ciencias"}};
    p.suppressed = true;
    p.suppressedText = {{"en", "Not shown: fewer than 10 learners"},
                        {"es", "No se muestra: menos de 10 estudiantes"}};
    return Slide{"progress/6a/sci", SlideKind::Progress, "room 101", {}, p};
}

Slide celebrationSlide(std::size_t cards) {
    std::vector<CelebrationCard> all = {
        {"c1",
         "growth",
         {{"en", "Maya revised her lab report three times until her evidence matched her claim."},
          {"es", "Maya revisó su informe de laboratorio tres veces hasta que su evidencia "
                 "coincidió con su afirmación."}},
         {{"en", "Maya R."}},
         {{"en", "Perseverance"}, {"es", "Perseverancia"}},
         "#e07a5f"},
        {"c2",
         "habit",
         {{"en", "Helped a new classmate find every room on the first day."},
          {"es", "Ayudó a un compañero nuevo a encontrar todos los salones el primer día."}},
         {{"en", "a 7th grader"}, {"es", "un estudiante de 7.º grado"}},
         {{"en", "Service"}, {"es", "Servicio"}},
         "#81b29a"},
        {"c3",
         "community",
         {{"en", "Planted the school garden together 🌱"},
          {"es", "Plantamos juntos el huerto escolar 🌱"}},
         {{"en", "7B Crew"}},
         {},
         ""},
        {"c4",
         "revision",
         {{"en", "Rewrote an essay introduction after peer feedback and made the argument much "
                 "clearer for every reader in the class."},
          {"es", "Reescribió la introducción de un ensayo después de recibir comentarios de sus "
                 "compañeros y logró que el argumento fuera mucho más claro para todos los "
                 "lectores de la clase, incluso para quienes no conocían el tema."}},
         {{"en", "an 8th grader"}, {"es", "un estudiante de 8.º grado"}},
         {{"en", "Inquiry"}, {"es", "Indagación"}},
         "#3d405b"},
        {"c5",
         "persistence",
         {{"en", "Practised fractions every day for a month."},
          {"es", "Practicó fracciones todos los días durante un mes."}},
         {{"en", "Leo M."}},
         {{"en", "Responsibility"}, {"es", "Responsabilidad"}},
         "#f2cc8f"},
        {"c6",
         "growth",
         {{"en", "Our whole school read 10,000 books!"},
          {"es", "¡Toda nuestra escuela leyó 10 000 libros!"}},
         {{"en", "our school"}, {"es", "nuestra escuela"}},
         {{"en", "Collaboration"}, {"es", "Colaboración"}},
         "#6d597a"},
    };
    all.resize(cards);
    CelebrationSlideData d{all, 1, 2};
    return Slide{"celebrations/1", SlideKind::Celebrations, "celebration wall", {}, d};
}

struct Screen {
    int w, h;
};

void checkScene(const Scene& scene, const TextMeasurer& m) {
    auto violations = checkReadability(scene, 28.f, m);
    for (const auto& v : violations)
        MESSAGE(v);
    CHECK(violations.empty());
    std::set<std::string> langs;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item)) {
            CHECK_FALSE(t->lang.empty());
            langs.insert(t->lang);
        }
    CHECK(langs.count("en") == 1);
    CHECK(langs.count("es") == 1);
}

void checkAllScreens(const Slide& slide, const char* kind) {
    WideMeasurer wide;
    auto noto = notoMeasurer();
    for (const TextMeasurer* m : std::vector<const TextMeasurer*>{&wide, noto.get()}) {
        if (!m) continue;
        for (Screen s :
             {Screen{1920, 1080}, Screen{1080, 1920}, Screen{1280, 720}, Screen{3840, 2160}}) {
            CAPTURE(s.w);
            CAPTURE(s.h);
            LayoutContext ctx{s.w, s.h, {"en", "es"}, *m};
            Scene scene = layoutSlide(slide, ctx);
            CHECK(scene.slide.kind == kind);
            CHECK(scene.slide.id == slide.id);
            CHECK(scene.slide.why == slide.why);
            checkScene(scene, *m);
        }
    }
}

} // namespace

TEST_CASE("SlideLayout: habit slides are readable in landscape and portrait") {
    checkAllScreens(habitSlide(), "habit");
}

TEST_CASE("SlideLayout: progress slides with five rows and merged bands are readable") {
    checkAllScreens(progressSlide(), "progress");
}

TEST_CASE("SlideLayout: a suppressed group shows its message, no bars") {
    checkAllScreens(suppressedSlide(), "progress");
    WideMeasurer m;
    Scene scene = layoutSlide(suppressedSlide(), LayoutContext{1920, 1080, {"en", "es"}, m});
    bool saysWhy = false;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item))
            saysWhy = saysWhy || t->text == "No se muestra: menos de 10 estudiantes";
    CHECK(saysWhy);
}

TEST_CASE("SlideLayout: celebration walls of 3 to 6 cards are readable") {
    for (std::size_t n : {3u, 4u, 5u, 6u}) {
        CAPTURE(n);
        checkAllScreens(celebrationSlide(n), "celebrations");
    }
}

TEST_CASE("SlideLayout: the same input gives the same scene, on whole pixels") {
    WideMeasurer m;
    for (const Slide& slide : {habitSlide(), progressSlide(), celebrationSlide(6)}) {
        LayoutContext ctx{1920, 1080, {"en", "es"}, m};
        Scene a = layoutSlide(slide, ctx), b = layoutSlide(slide, ctx);
        REQUIRE(a.items.size() == b.items.size());
        for (std::size_t i = 0; i < a.items.size(); ++i) {
            Box ba = std::visit([](auto& it) { return it.box; }, a.items[i]);
            Box bb = std::visit([](auto& it) { return it.box; }, b.items[i]);
            CHECK(ba == bb);
            CHECK(ba.x == std::round(ba.x));
            CHECK(ba.w == std::round(ba.w));
            if (auto* t = std::get_if<SceneText>(&a.items[i])) {
                auto& u = std::get<SceneText>(b.items[i]);
                CHECK(t->lines == u.lines);
                CHECK(t->fontPx == u.fontPx);
            }
        }
    }
}

TEST_CASE("SlideLayout: the second language is smaller and softer than the first") {
    WideMeasurer m;
    Scene scene = layoutSlide(habitSlide(), LayoutContext{1920, 1080, {"en", "es"}, m});
    const SceneText* en = nullptr;
    const SceneText* es = nullptr;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item)) {
            if (t->text == "Perseverance") en = t;
            if (t->text == "Perseverancia") es = t;
        }
    REQUIRE(en);
    REQUIRE(es);
    CHECK(es->fontPx < en->fontPx);
    CHECK(es->box.y >= en->box.bottom());
    CHECK(es->box.w == en->box.w);
    CHECK_FALSE(es->color == en->color);
    CHECK(contrastRatio(es->color, es->background) >= 4.5);
}

TEST_CASE("SlideLayout: every progress band is labelled with its share") {
    WideMeasurer m;
    Slide slide = progressSlide();
    Scene scene = layoutSlide(slide, LayoutContext{1920, 1080, {"en", "es"}, m});
    std::multiset<std::string> texts;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item)) texts.insert(t->text);
    for (const auto& r : std::get<ProgressSlideData>(slide.data).rows)
        for (const auto& b : r.bands) {
            CHECK(texts.count(b.shareText.at("en")) >= 1);
            CHECK(texts.count(b.label.at("en")) == 1); // legend: label, not colour alone
        }
    CHECK(texts.count("más del 95 %") == 1);
    CHECK(texts.count("menos del 5 %") == 1);
}

TEST_CASE("SlideLayout: celebration pages are indicated only when there are several") {
    WideMeasurer m;
    Slide slide = celebrationSlide(4);
    auto hasPage = [&](const Slide& s) {
        Scene scene = layoutSlide(s, LayoutContext{1920, 1080, {"en", "es"}, m});
        for (const auto& item : scene.items)
            if (auto* t = std::get_if<SceneText>(&item); t && t->text == "Page 1 of 2") return true;
        return false;
    };
    CHECK(hasPage(slide));
    std::get<CelebrationSlideData>(slide.data).pageCount = 1;
    CHECK_FALSE(hasPage(slide));
}

TEST_CASE("SlideLayout: a single-language screen shows only that language, still readable") {
    // Texts with no Spanish version (names, a crew's name) fall back to the one they have.
    const std::set<std::string> untranslated = {"Maya R.", "7B Crew", "Leo M."};
    WideMeasurer m;
    for (const Slide& slide : {habitSlide(), progressSlide(), celebrationSlide(5)}) {
        Scene scene = layoutSlide(slide, LayoutContext{1920, 1080, {"es"}, m});
        CHECK(checkReadability(scene, 28.f, m).empty());
        for (const auto& item : scene.items)
            if (auto* t = std::get_if<SceneText>(&item))
                CHECK((t->lang == "es" || untranslated.count(t->text) == 1));
    }
}

namespace {

std::vector<const SceneText*> textsOf(const Scene& scene) {
    std::vector<const SceneText*> out;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item)) out.push_back(t);
    return out;
}

const SceneText* findText(const Scene& scene, const std::string& s) {
    for (const SceneText* t : textsOf(scene))
        if (t->text == s) return t;
    return nullptr;
}

} // namespace

TEST_CASE("SlideLayout: a celebration wall gives every card's text one size") {
    WideMeasurer wide;
    auto noto = notoMeasurer();
    Slide slide = celebrationSlide(6);
    const auto& cards = std::get<CelebrationSlideData>(slide.data).cards;
    for (const TextMeasurer* m : std::vector<const TextMeasurer*>{&wide, noto.get()}) {
        if (!m) continue;
        for (Screen s : {Screen{1920, 1080}, Screen{1080, 1920}}) {
            Scene scene = layoutSlide(slide, LayoutContext{s.w, s.h, {"en", "es"}, *m});
            std::set<int> sizes;
            for (const auto& card : cards)
                if (const SceneText* t = findText(scene, card.text.at("en")))
                    sizes.insert(t->fontPx);
            CHECK(sizes.size() == 1);
            int minPx = minTextPx(s.w, s.h);
            for (const SceneText* t : textsOf(scene)) // "…" only when the floor size is reached
                if (!t->lines.empty() && t->lines.back().ends_with("\u2026"))
                    CHECK(t->fontPx == minPx);
        }
    }
}

TEST_CASE("SlideLayout: a short who-line and habit tag share one row at the card's foot") {
    WideMeasurer m;
    Slide slide = celebrationSlide(3);
    auto& card = std::get<CelebrationSlideData>(slide.data).cards[0];
    card.who = {{"en", "Ana P."}};
    card.habitName = {{"en", "Service"}, {"es", "Servicio"}};
    Scene scene = layoutSlide(slide, LayoutContext{1920, 1080, {"en", "es"}, m});
    const SceneText* who = findText(scene, "Ana P.");
    const SceneText* en = findText(scene, "Service");
    const SceneText* es = findText(scene, "Servicio");
    REQUIRE(who);
    REQUIRE(en);
    REQUIRE(es);
    CHECK(std::abs(who->box.y - en->box.y) <= 2);
    CHECK(std::abs(en->box.y - es->box.y) <= 2);
    CHECK(es->box.x > en->box.right());
    CHECK(en->box.x > who->box.right());
}

TEST_CASE("SlideLayout: habit indicators share one size") {
    WideMeasurer m;
    Slide slide = habitSlide();
    const auto& h = std::get<HabitSlideData>(slide.data);
    for (Screen s : {Screen{1920, 1080}, Screen{1080, 1920}}) {
        Scene scene = layoutSlide(slide, LayoutContext{s.w, s.h, {"en", "es"}, m});
        std::set<int> sizes;
        for (std::size_t i = 0; i < 3; ++i)
            if (const SceneText* t = findText(scene, h.indicators[i].at("en")))
                sizes.insert(t->fontPx);
        CHECK(sizes.size() == 1);
    }
}

TEST_CASE("SlideLayout: in portrait a competency title sits close above its bar") {
    WideMeasurer m;
    Slide slide = progressSlide();
    auto& rows = std::get<ProgressSlideData>(slide.data).rows;
    rows.resize(3);
    Scene scene = layoutSlide(slide, LayoutContext{1080, 1920, {"en", "es"}, m});
    for (const auto& row : rows) {
        const SceneText* es = findText(scene, row.title.at("es"));
        REQUIRE(es);
        float nearest = 1e9f;
        for (const auto& item : scene.items)
            if (auto* r = std::get_if<SceneRect>(&item); r && r->box.y >= es->box.bottom())
                if (r->box.h < 120) nearest = std::min(nearest, r->box.y - es->box.bottom());
        CHECK(nearest <= 40);
    }
}

TEST_CASE("SlideLayout: a suppressed group explains why, centred below the header") {
    WideMeasurer m;
    for (Screen s : {Screen{1920, 1080}, Screen{1080, 1920}}) {
        Scene scene = layoutSlide(suppressedSlide(), LayoutContext{s.w, s.h, {"en", "es"}, m});
        const SceneText* msg = findText(scene, "Not shown: fewer than 10 learners");
        REQUIRE(msg);
        const SceneText* why = nullptr;
        for (const SceneText* t : textsOf(scene))
            if (t->text.starts_with("Progress is shown only")) why = t;
        REQUIRE(why);
        CHECK(why->box.y > msg->box.bottom());
        CHECK(why->fontPx < msg->fontPx);
        bool spanish = false;
        for (const SceneText* t : textsOf(scene))
            spanish = spanish || (t->lang == "es" && t->text.starts_with("El progreso solo"));
        CHECK(spanish);
        // The notice panel: the last rect containing the message, centred in the space below the
        // header (within a pixel of rounding).
        Box panel;
        for (const auto& item : scene.items)
            if (auto* r = std::get_if<SceneRect>(&item); r && r->box.contains(msg->box))
                panel = r->box;
        float header = std::get<SceneRect>(scene.items.front()).box.bottom();
        float above = panel.y - header, below = static_cast<float>(s.h) - 40 - panel.bottom();
        CHECK(std::abs((above - 20) - below) <= 2);
    }
}

namespace {

Slide missionSlide() {
    MissionSlideData m;
    m.statement = {{"en",
                    "Every learner grows by asking questions, revising their work, and caring "
                    "for our community, in every language they bring to school."},
                   {"es", "Cada estudiante crece haciendo preguntas, revisando su trabajo y "
                          "cuidando de nuestra comunidad, en cada idioma que trae a la escuela."}};
    m.schoolName = {{"en", "Harbor Middle School"}};
    return Slide{"mission", SlideKind::Mission, "rule mornings: item 1 of 1 (mission)", {}, m};
}

Slide announcementSlide() {
    AnnouncementSlideData a;
    a.announcementId = "innovation-night";
    a.title = {{"en", "Innovation Night"}, {"es", "Noche de innovación"}};
    a.when = {{"en", "Thursday, December 3 · in 3 days"},
              {"es", "jueves, 3 de diciembre · en 3 días"}};
    a.text = {{"en", "Families are welcome from 6 to 8 pm: try the stations, fill in a bingo card "
                     "and see what our learners built this term."},
              {"es", "Las familias son bienvenidas de 6 a 8 p. m.: prueben las estaciones, llenen "
                     "una tarjeta de bingo y vean lo que construyeron nuestros estudiantes."}};
    return Slide{"announcement/innovation-night", SlideKind::Announcement, "rule", {}, a};
}

bool showsText(const Scene& scene, const std::string& s) {
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item))
            if (t->text == s) return true;
    return false;
}

} // namespace

TEST_CASE("SlideLayout: mission slides are readable in landscape and portrait") {
    checkAllScreens(missionSlide(), "mission");
    WideMeasurer m;
    Scene scene = layoutSlide(missionSlide(), LayoutContext{1920, 1080, {"en", "es"}, m});
    CHECK(showsText(scene, "Our mission"));
    CHECK(showsText(scene, "Nuestra misión"));
    CHECK(showsText(scene, "Harbor Middle School"));
}

TEST_CASE("SlideLayout: announcement slides are readable in landscape and portrait") {
    checkAllScreens(announcementSlide(), "announcement");
    WideMeasurer m;
    Scene scene = layoutSlide(announcementSlide(), LayoutContext{1080, 1920, {"en", "es"}, m});
    CHECK(showsText(scene, "jueves, 3 de diciembre"));
    CHECK(showsText(scene, "en 3 días"));
}

TEST_CASE("SlideLayout: an announcement without a date or without text stays readable") {
    Slide noWhen = announcementSlide();
    std::get<AnnouncementSlideData>(noWhen.data).when.clear();
    checkAllScreens(noWhen, "announcement");
    Slide noText = announcementSlide();
    std::get<AnnouncementSlideData>(noText.data).text.clear();
    checkAllScreens(noText, "announcement");
}

TEST_CASE("SlideLayout: an announcement's countdown is larger than its date and its text") {
    WideMeasurer m;
    Scene scene = layoutSlide(announcementSlide(), LayoutContext{1920, 1080, {"en", "es"}, m});
    int datePx = 0, countdownPx = 0, textPx = 0;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item); t && t->lang == "en") {
            if (t->text == "Thursday, December 3") datePx = t->fontPx;
            if (t->text == "in 3 days") countdownPx = t->fontPx;
            if (t->text.starts_with("Families")) textPx = t->fontPx;
        }
    CHECK(countdownPx > datePx);
    CHECK(countdownPx > textPx);
    CHECK(datePx > 0);
    CHECK(textPx > 0);
}

TEST_CASE("SlideLayout: a text the fonts cannot draw whole shows in another language") {
    const auto engine = TextEngine::open();
    REQUIRE(engine);
    Slide slide = habitSlide();
    auto& h = std::get<HabitSlideData>(slide.data);
    h.name["bn"] = "\u09C1";            // a vowel sign with no letter to sit on
    h.meaning["bn"] = "আমরা প্রশ্ন করি।"; // whole: stays Bengali
    const Scene scene = layoutSlide(slide, LayoutContext{1920, 1080, {"bn", "en"}, *engine});
    bool brokenShown = false, englishName = false, bengaliMeaning = false;
    for (const SceneText* t : textsOf(scene)) {
        brokenShown = brokenShown || t->text.find("\u09C1") == 0;
        englishName = englishName || (t->lang == "en" && t->text == h.name.at("en"));
        bengaliMeaning = bengaliMeaning || (t->lang == "bn" && t->text == h.meaning.at("bn"));
        for (const auto& run : t->runs)
            for (const auto& glyph : run.glyphs)
                CHECK(glyph.id != 0);
    }
    CHECK_FALSE(brokenShown);
    CHECK(englishName);
    CHECK(bengaliMeaning);
}

TEST_CASE("SlideLayout: a slide whose first language is right to left is mirrored") {
    const auto engine = TextEngine::open();
    REQUIRE(engine);
    Slide slide = habitSlide();
    auto& h = std::get<HabitSlideData>(slide.data);
    h.name["ar"] = "الاستقصاء";
    const Scene ltr = layoutSlide(slide, LayoutContext{1920, 1080, {"en", "ar"}, *engine});
    const Scene rtl = layoutSlide(slide, LayoutContext{1920, 1080, {"ar", "en"}, *engine});
    // Every panel and accent off the centre line sits mirrored across it.
    auto centres = [](const Scene& s) {
        std::vector<float> out;
        for (const auto& item : s.items)
            if (const auto* r = std::get_if<SceneRect>(&item))
                out.push_back(r->box.x + r->box.w / 2);
        return out;
    };
    const auto ltrCentres = centres(ltr), rtlCentres = centres(rtl);
    int offCentre = 0;
    for (float c : ltrCentres) {
        if (std::abs(c - 960) < 40) continue;
        ++offCentre;
        CAPTURE(c);
        CHECK(std::any_of(rtlCentres.begin(), rtlCentres.end(),
                          [&](float m) { return std::abs(m - (1920 - c)) < 2; }));
    }
    CHECK(offCentre > 0);
    // The Arabic name is set from the right edge of its box.
    for (const SceneText* t : textsOf(rtl))
        if (t->lang == "ar" && t->text == "الاستقصاء") {
            REQUIRE_FALSE(t->runs.empty());
            const auto& last = t->runs.back().glyphs;
            REQUIRE_FALSE(last.empty());
            CHECK(last.front().x > t->box.x + t->box.w / 2);
        }
}
