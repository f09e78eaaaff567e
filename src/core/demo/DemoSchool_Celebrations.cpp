// Demo school: about 30 celebrations for growth, revision, persistence, habits and milestones
// (never for top scores, except one rejected example that shows what the approval step is for),
// each submitted by a teacher. Approved ones whose window has passed are already expired.
#include "core/demo/DemoSchoolDetail.hpp"

#include <optional>

namespace lantern::demo {
namespace {

// Who a celebration is about. Learner targets alternate between learners with and without
// consent to be named, so both paths of the public view are exercised.
enum class Target { NamedLearner, UnnamedLearner, Section, Grade, School };

struct CelebrationText {
    Target target;
    const char* kind;
    const char* habit; // "" for none
    const char* en;
    const char* es;
    const char* group = ""; // section id, or grade digit, for Section/Grade targets
};

const std::vector<CelebrationText>& texts() {
    using enum Target;
    static const std::vector<CelebrationText> list = {
        {NamedLearner, "growth", "",
         "Moved from Developing to Proficient in proportional reasoning after weeks of practice.",
         "Pasó de En desarrollo a Competente en razonamiento proporcional tras semanas de "
         "práctica."},
        {UnnamedLearner, "revision", "perseverance",
         "Revised a lab report three times until the evidence really supported the claim.",
         "Revisó su informe de laboratorio tres veces hasta que la evidencia respaldó de verdad la "
         "afirmación."},
        {NamedLearner, "persistence", "perseverance",
         "Kept at a tough set of equations and asked for feedback at every step.",
         "Siguió trabajando en una serie difícil de ecuaciones y pidió comentarios en cada paso."},
        {UnnamedLearner, "habit", "inquiry",
         "Asked the question that turned our water-quality study into a real investigation.",
         "Hizo la pregunta que convirtió nuestro estudio de la calidad del agua en una "
         "investigación de verdad."},
        {NamedLearner, "habit", "collaboration",
         "Made sure every voice in the group was heard during the bridge-building challenge.",
         "Se aseguró de que se escucharan todas las voces del grupo durante el reto de construir "
         "puentes."},
        {UnnamedLearner, "habit", "service",
         "Spent lunch helping new classmates find their way around the building.",
         "Pasó el almuerzo ayudando a compañeros nuevos a orientarse en el edificio."},
        {NamedLearner, "habit", "responsibility",
         "Organized the materials for the science fair without being asked.",
         "Organizó los materiales para la feria de ciencias sin que nadie se lo pidiera."},
        {UnnamedLearner, "revision", "perseverance",
         "Rewrote an argument essay from scratch after peer feedback, and it shows.",
         "Volvió a escribir desde cero un ensayo argumentativo después de los comentarios de sus "
         "compañeros, y se nota."},
        {NamedLearner, "milestone", "",
         "Read a whole chapter book in English for the first time this year.",
         "Leyó completo, por primera vez este año, un libro por capítulos en inglés."},
        {UnnamedLearner, "revision", "",
         "Rebuilt a geometry model until every measurement matched the plan.",
         "Rehízo un modelo de geometría hasta que cada medida coincidió con el plano."},
        {NamedLearner, "growth", "",
         "Presented findings to the class with clear charts and calm confidence.",
         "Presentó sus hallazgos a la clase con gráficas claras y mucha serenidad."},
        {UnnamedLearner, "persistence", "perseverance",
         "Came to office hours every week until two-step equations clicked.",
         "Vino a las horas de consulta cada semana hasta dominar las ecuaciones de dos pasos."},
        {NamedLearner, "habit", "inquiry",
         "Designed a fair test to find out which paper towel really absorbs the most.",
         "Diseñó una prueba justa para averiguar qué toalla de papel absorbe más de verdad."},
        {UnnamedLearner, "revision", "",
         "Revised a data project after feedback and showed a much clearer graph.",
         "Revisó su proyecto de datos después de recibir comentarios y presentó una gráfica mucho "
         "más clara."},
        {NamedLearner, "habit", "collaboration",
         "Coached a partner through a tricky ratio problem without giving away the answer.",
         "Ayudó a su pareja de trabajo con un problema difícil de razones sin darle la respuesta."},
        {UnnamedLearner, "habit", "service",
         "Interpreted for a new family at the front office, twice this week.",
         "Sirvió de intérprete para una familia nueva en la oficina principal, dos veces esta "
         "semana."},
        {Section, "habit", "collaboration",
         "Every group finished its debate prep together, and everyone spoke.",
         "Todos los grupos terminaron juntos la preparación del debate, y todos tomaron la "
         "palabra.",
         "7b"},
        {Section, "revision", "perseverance",
         "Revised every lab report this cycle; not one was left behind.",
         "Revisó todos los informes de laboratorio de este ciclo, sin dejar ninguno atrás.", "6b"},
        {Section, "habit", "service", "Collected 300 cans for the neighborhood food pantry.",
         "Reunió 300 latas para el banco de alimentos del barrio.", "8a"},
        {Section, "persistence", "", "Kept a 20-day streak of independent reading.",
         "Mantuvo una racha de 20 días de lectura independiente.", "6e"},
        {Section, "habit", "responsibility",
         "Left the science lab spotless after every experiment this month.",
         "Dejó el laboratorio de ciencias impecable después de cada experimento este mes.", "8f"},
        {Section, "growth", "inquiry", "Our math talks got deeper: more why, less what.",
         "Nuestras conversaciones de matemáticas son más profundas: más porqués, menos qués.",
         "7d"},
        {Grade, "habit", "inquiry", "Brought 150 questions to the watershed field trip.",
         "Llevó 150 preguntas a la excursión a la cuenca del río.", "6"},
        {Grade, "revision", "",
         "Revised every science fair proposal after the feedback gallery walk.",
         "Revisó todas las propuestas para la feria de ciencias después de la galería de "
         "comentarios.",
         "7"},
        {Grade, "persistence", "perseverance",
         "Finished the long-term research projects with every draft on time.",
         "Terminó los proyectos de investigación a largo plazo con cada borrador a tiempo.", "8"},
        {School, "habit", "service", "Planted 40 trees with our neighbors in Riverside Park.",
         "Plantó 40 árboles con los vecinos en el parque Riverside."},
        {School, "community", "", "Welcomed 250 families to Innovation Night. Thank you!",
         "Recibió a 250 familias en la Noche de Innovación. ¡Gracias!"},
        {School, "persistence", "responsibility",
         "Kept attendance strong through the first snowy week.",
         "Mantuvo una buena asistencia durante la primera semana de nieve."},
        {School, "habit", "collaboration",
         "Built the community garden beds together, grade by grade.",
         "Construyó entre todos los bancales del huerto comunitario, grado por grado."},
        {NamedLearner, "growth", "", "Got the top score on the math test.",
         "Sacó la nota más alta en el examen de matemáticas."},
    };
    return list;
}

// Mostly approved; a few wait for review; the top-score one (last) shows a rejection.
CelebrationStatus statusFor(std::size_t index, std::size_t count) {
    if (index + 1 == count || index == 9) return CelebrationStatus::Rejected;
    if (index == 5 || index == 13 || index == 21) return CelebrationStatus::Pending;
    return CelebrationStatus::Approved;
}

const char* submitterFor(std::size_t index) {
    static constexpr const char* teachers[] = {"Ms. Alvarez", "Mr. Chen", "Ms. Okafor", "Mr. Rossi",
                                               "Ms. Haddad"};
    return teachers[index % std::size(teachers)];
}

// What `lantern celebrate expire` would have done by `today`.
void expireIfDue(Celebration& c, Days today) {
    if (c.status == CelebrationStatus::Approved && c.showUntil && *c.showUntil < today)
        c.status = CelebrationStatus::Expired;
}

std::optional<std::string> pickLearner(const std::vector<Learner>& learners, bool named,
                                       Random& random) {
    std::vector<std::string> pool;
    for (const auto& learner : learners)
        if (learner.consentNamePublic == named) pool.push_back(learner.id);
    if (pool.empty())
        for (const auto& learner : learners)
            pool.push_back(learner.id);
    if (pool.empty()) return std::nullopt;
    return random.pick(pool);
}

void setTarget(Celebration& c, const CelebrationText& t, const SchoolContent& content,
               Random& random) {
    switch (t.target) {
    case Target::NamedLearner:
    case Target::UnnamedLearner:
        c.learnerId = pickLearner(content.learners, t.target == Target::NamedLearner, random);
        break;
    case Target::Section:
        c.sectionId = t.group;
        break;
    case Target::Grade:
        c.grade = t.group[0] - '0';
        break;
    case Target::School:
        break;
    }
}

// Most windows include today; a few have ended, one starts later, some never end.
void setWindow(Celebration& c, std::size_t index, Days today, Random& random) {
    using std::chrono::days;
    Days from = today - days{random.between(0, 12)};
    if (index % 11 == 4) from = today - days{30};
    if (index % 13 == 7) from = today + days{3};
    c.showFrom = from;
    if (index % 7 != 3) c.showUntil = from + days{random.between(14, 24)};
    // Written the afternoon before it starts showing (about 3:30 pm in New York).
    c.createdAt = Instant{from - days{1}} + std::chrono::hours{20} + std::chrono::minutes{30};
}

std::string celebrationId(std::size_t index) {
    const std::string number = std::to_string(index + 1);
    return "c-" + std::string(number.size() < 2 ? 1 : 0, '0') + number;
}

} // namespace

std::vector<Celebration> demoCelebrations(const SchoolContent& content, Days today,
                                          Random& random) {
    const auto& list = texts();
    std::vector<Celebration> celebrations;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const CelebrationText& t = list[i];
        Celebration c;
        c.id = celebrationId(i);
        c.kind = t.kind;
        c.text = both(t.en, t.es);
        if (*t.habit) c.habitId = t.habit;
        c.status = statusFor(i, list.size());
        setTarget(c, t, content, random);
        setWindow(c, i, today, random);
        c.submittedBy = submitterFor(i);
        expireIfDue(c, today);
        celebrations.push_back(std::move(c));
    }
    return celebrations;
}

} // namespace lantern::demo
