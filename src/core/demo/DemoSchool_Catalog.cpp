// Demo school: the fixed catalogue (school, habits, competencies, scale, names).
#include "core/demo/DemoSchoolDetail.hpp"

namespace lantern::demo {
namespace {

struct HabitText {
    const char* id;
    const char* color;
    const char* icon; // a Material Icons name (IconFont)
    LangText name;
    LangText meaning;
    std::vector<LangText> indicators;
    std::vector<LangText> soundsLike;
};

struct CompetencyText {
    const char* domainId;
    const char* code;
    LangText title;
    LangText meaning;
};

} // namespace

LangText both(const char* en, const char* es) {
    LangText text{{"en", en}, {"es", es}};
    addTranslations(text);
    return text;
}

School demoSchool() {
    School school;
    school.name = "Riverside Community Middle School";
    school.timeZone = "America/New_York";
    school.languages = {"en", "es"};
    school.mission =
        both("At Riverside, every learner grows by asking questions, revising with courage and "
             "caring for one another.",
             "En Riverside, cada estudiante crece al hacer preguntas, revisar con valentía y "
             "cuidar de los demás.");
    return school;
}

// CRISP, coloured with the Okabe–Ito palette (safe for colour-blind readers).
std::vector<Habit> demoHabits() {
    const std::vector<HabitText> texts = {
        {"collaboration",
         "#0072B2",
         "groups",
         both("Collaboration", "Colaboración"),
         both("We work together so everyone's ideas make the work better.",
              "Trabajamos juntos para que las ideas de todos mejoren el trabajo."),
         {both("I listen to understand, not just to answer.",
               "Escucho para entender, no solo para responder."),
          both("I share the work and make room for every voice.",
               "Comparto el trabajo y dejo espacio para todas las voces."),
          both("I give kind, specific and helpful feedback.",
               "Doy comentarios amables, concretos y útiles.")},
         {both("What do you think?", "¿Tú qué piensas?"),
          both("Let's try it your way first.", "Probemos primero a tu manera.")}},
        {"responsibility",
         "#009E73",
         "task_alt",
         both("Responsibility", "Responsabilidad"),
         both("We own our learning, our choices and our spaces.",
              "Nos hacemos cargo de nuestro aprendizaje, nuestras decisiones y nuestros espacios."),
         {both("I come ready and meet deadlines, or speak up early when I can't.",
               "Llego con lo necesario y cumplo los plazos, o aviso a tiempo si no puedo."),
          both("I track my own progress on each competency.",
               "Sigo mi propio progreso en cada competencia."),
          both("I take care of shared materials and spaces.",
               "Cuido los materiales y los espacios que compartimos.")},
         {both("I'll have it ready by Friday.", "Lo tendré listo para el viernes."),
          both("I'll clean up before I go.", "Yo recojo antes de irme.")}},
        {"inquiry",
         "#E69F00",
         "search",
         both("Inquiry", "Indagación"),
         both("We ask questions and look for evidence before we decide.",
              "Hacemos preguntas y buscamos evidencia antes de decidir."),
         {both("I ask questions that start with why and how.",
               "Hago preguntas que empiezan con por qué y cómo."),
          both("I test ideas and change my mind when the evidence says so.",
               "Pongo a prueba las ideas y cambio de opinión cuando la evidencia lo indica."),
          both("I look for more than one source.", "Busco más de una fuente.")},
         {both("Why does that happen?", "¿Por qué pasa eso?"),
          both("What's your evidence?", "¿Qué evidencia tienes?")}},
        {"service",
         "#CC79A7",
         "volunteer_activism",
         both("Service", "Servicio"),
         both("We use what we learn to help our school and our neighborhood.",
              "Usamos lo que aprendemos para ayudar a nuestra escuela y a nuestro barrio."),
         {both("I notice when someone needs help and offer it.",
               "Me doy cuenta cuando alguien necesita ayuda y se la ofrezco."),
          both("I welcome new classmates and families.",
               "Doy la bienvenida a los compañeros y a las familias nuevas."),
          both("I volunteer for projects that make our community better.",
               "Me ofrezco para proyectos que mejoran nuestra comunidad.")},
         {both("Do you need a hand?", "¿Te echo una mano?"),
          both("Want to sit with us?", "¿Quieres sentarte con nosotros?")}},
        {"perseverance",
         "#D55E00",
         "trending_up",
         both("Perseverance", "Perseverancia"),
         both("We keep going when learning is hard, and we revise until it's right.",
              "Seguimos adelante cuando aprender cuesta, y revisamos hasta que quede bien."),
         {both("I try a new strategy when I get stuck.",
               "Pruebo una estrategia nueva cuando me atasco."),
          both("I use feedback to revise my work.", "Uso los comentarios para revisar mi trabajo."),
          both("I see mistakes as part of learning.",
               "Veo los errores como parte del aprendizaje.")},
         {both("I can't do it yet.", "Todavía no me sale."),
          both("Let me try another way.", "Déjame intentarlo de otra forma.")}},
    };
    std::vector<Habit> habits;
    for (const auto& t : texts)
        habits.push_back({t.id, t.name, t.meaning, t.indicators, t.color,
                          static_cast<int>(habits.size()) + 1, t.icon, t.soundsLike});
    return habits;
}

std::vector<Domain> demoDomains() {
    return {{"math", "MATH", both("Mathematical Reasoning", "Razonamiento matemático"), 1},
            {"science", "SCI", both("Scientific Inquiry", "Indagación científica"), 2},
            {"communication", "COMM", both("Communication", "Comunicación"), 3}};
}

std::vector<Competency> demoCompetencies() {
    const std::vector<CompetencyText> texts = {
        {"math", "MATH.1",
         both("Ratios and Proportional Reasoning", "Razones y razonamiento proporcional"),
         both("I can use ratios and rates to compare quantities and solve real problems.",
              "Puedo usar razones y tasas para comparar cantidades y resolver problemas reales.")},
        {"math", "MATH.2", both("Expressions and Equations", "Expresiones y ecuaciones"),
         both("I can write and solve equations that describe a situation.",
              "Puedo escribir y resolver ecuaciones que describen una situación.")},
        {"math", "MATH.3", both("Geometry and Measurement", "Geometría y medición"),
         both("I can find area, surface area and volume, and explain my method.",
              "Puedo calcular el área, el área superficial y el volumen, y explicar mi método.")},
        {"math", "MATH.4", both("Data and Statistics", "Datos y estadística"),
         both("I can collect data, display it and describe what it shows.",
              "Puedo reunir datos, representarlos y describir lo que muestran.")},
        {"science", "SCI.1", both("Asking Questions", "Formular preguntas"),
         both("I can ask questions that an investigation can answer.",
              "Puedo formular preguntas que una investigación puede responder.")},
        {"science", "SCI.2", both("Planning Investigations", "Planificar investigaciones"),
         both("I can plan a fair test and decide what to measure.",
              "Puedo planificar una prueba justa y decidir qué medir.")},
        {"science", "SCI.3", both("Analyzing Data", "Analizar datos"),
         both("I can find patterns in data and say what they mean.",
              "Puedo encontrar patrones en los datos y explicar qué significan.")},
        {"science", "SCI.4", both("Explaining with Evidence", "Explicar con evidencia"),
         both("I can build an explanation that evidence supports.",
              "Puedo construir una explicación respaldada por la evidencia.")},
        {"communication", "COMM.1", both("Writing Arguments", "Escribir argumentos"),
         both("I can make a claim and back it up with reasons and evidence.",
              "Puedo plantear una afirmación y respaldarla con razones y evidencia.")},
        {"communication", "COMM.2", both("Reading Closely", "Lectura atenta"),
         both("I can find the main idea and cite details from a text.",
              "Puedo identificar la idea principal y citar detalles de un texto.")},
        {"communication", "COMM.3", both("Speaking and Listening", "Hablar y escuchar"),
         both("I can share ideas clearly and build on what others say.",
              "Puedo expresar mis ideas con claridad y partir de lo que dicen los demás.")},
        {"communication", "COMM.4", both("Revising Work", "Revisar el trabajo"),
         both("I can use feedback to make my work clearer and stronger.",
              "Puedo usar los comentarios para que mi trabajo sea más claro y sólido.")},
    };
    std::vector<Competency> competencies;
    int order = 0;
    for (const auto& t : texts) {
        const std::string code = t.code; // "MATH.1" -> id "math-1"
        const std::string id = std::string(t.domainId) + "-" + code.substr(code.find('.') + 1);
        competencies.push_back({id, t.domainId, code, t.title, t.meaning, ++order});
    }
    return competencies;
}

// ColorBrewer PuOr (colour-blind safe): orange for "not yet", purple for mastered. Each colour
// has at least 4.5:1 contrast with white or with near-black text.
MasteryScale demoScale() {
    MasteryScale scale;
    scale.levels = {{1, both("Beginning", "Inicial"), "#E66101"},
                    {2, both("Developing", "En desarrollo"), "#FDB863"},
                    {3, both("Proficient", "Competente"), "#B2ABD2"},
                    {4, both("Extending", "Avanzado"), "#5E3C99"}};
    scale.masteredRank = 3;
    return scale;
}

const std::vector<std::string>& givenNames() {
    static const std::vector<std::string> names = {
        "Maya",     "Liam",   "Sofía",    "Mateo",     "Aaliyah",   "Jayden",    "Camila",
        "Santiago", "Zoe",    "Ethan",    "Valentina", "Malik",     "Amara",     "Diego",
        "Chloe",    "Omar",   "Fatima",   "Kenji",     "Mei",       "Arjun",     "Priya",
        "Nia",      "Elijah", "Isabella", "Gabriel",   "Ximena",    "Kwame",     "Ayesha",
        "Noah",     "Emma",   "Luis",     "Daniela",   "Hiro",      "Lucía",     "Andre",
        "Imani",    "Yusuf",  "Leila",    "Dmitri",    "Anya",      "Tariq",     "Rosa",
        "Carlos",   "Hana",   "Jamal",    "Grace",     "Tenzin",    "Ama",       "Rafael",
        "Naomi",    "Kai",    "Inés",     "Samuel",    "Aisha",     "Marcus",    "Lina",
        "Wei",      "Jade",   "Miguel",   "Esperanza", "Oluwaseun", "Sebastián", "Farah",
        "Theo"};
    return names;
}

const std::vector<std::string>& familyNames() {
    static const std::vector<std::string> names = {
        "García",   "Johnson", "Nguyen",  "Rodríguez", "Williams", "Kim",      "Hernández",
        "Brown",    "Patel",   "López",   "Okafor",    "Martínez", "Chen",     "Davis",
        "Pérez",    "Khan",    "Jackson", "Gómez",     "Ali",      "Thompson", "Sánchez",
        "Wang",     "Rivera",  "Mensah",  "Cruz",      "Singh",    "Díaz",     "Robinson",
        "Morales",  "Park",    "Reyes",   "Hughes",    "Torres",   "Ahmed",    "Flores",
        "Baptiste", "Jiménez", "Cohen",   "Ramírez",   "Moreau",   "Castillo", "Yilmaz",
        "Ortiz",    "Haddad",  "Vargas",  "O'Brien",   "Mendoza",  "Tanaka",   "Romero",
        "Adeyemi",  "Silva",   "Novak",   "Gutiérrez", "Lee",      "Ruiz",     "Bangura",
        "Herrera",  "Dubois",  "Medina",  "Osei",      "Castro",   "Hassan",   "Delgado",
        "Murphy"};
    return names;
}

} // namespace lantern::demo
