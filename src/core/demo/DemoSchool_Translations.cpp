// Demo school: Arabic, Bengali and Simplified Chinese for every English text the demo makes with
// both(). These are drafted translations for the demo only; a fluent speaker of each language
// should review them before anyone relies on them. Each English key is exactly the text in
// DemoSchool_Catalog.cpp, DemoSchool_Schedule.cpp or DemoSchool_Celebrations.cpp: change both
// together. Arabic is Modern Standard Arabic; the celebrations are phrased as noun phrases so they
// fit a learner, a Crew, a grade or the school alike, whatever their grammatical gender.
#include "core/demo/DemoSchoolDetail.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace lantern::demo {
namespace {

struct Translation {
    std::string_view en;
    std::string_view ar;
    std::string_view bn;
    std::string_view zhHans;
};

constexpr Translation kTranslations[] = {
    // The mission.
    {"At Riverside, every learner grows by asking questions, revising with courage and caring for "
     "one another.",
     "في ريفرسايد، ينمو كلّ من يتعلّم بطرح الأسئلة، والمراجعة بشجاعة، والاهتمام بالآخرين.",
     "রিভারসাইডে প্রত্যেক শিক্ষার্থী বেড়ে ওঠে প্রশ্ন করে, সাহস নিয়ে সংশোধন করে এবং একে অপরের "
     "যত্ন নিয়ে।",
     "在Riverside，每位学生都在提问、勇于修改和彼此关爱中成长。"},

    // Collaboration.
    {"Collaboration", "التعاون", "সহযোগিতা", "合作"},
    {"We work together so everyone's ideas make the work better.",
     "نعمل معًا لتجعل أفكارُ الجميع عملَنا أفضل.",
     "আমরা একসঙ্গে কাজ করি, যাতে সবার ভাবনায় কাজটা আরও ভালো হয়।",
     "我们携手合作，让每个人的想法都为作品增色。"},
    {"I listen to understand, not just to answer.", "أستمع لأفهم، لا لأردّ فقط.",
     "আমি শুধু উত্তর দিতে নয়, বুঝতে শুনি।", "我倾听是为了理解，而不只是为了回答。"},
    {"I share the work and make room for every voice.", "أتقاسم العمل وأفسح المجال لكل صوت.",
     "আমি কাজ ভাগ করে নিই এবং সবার কথা বলার সুযোগ রাখি।", "我分担工作，让每个人都有发言的机会。"},
    {"I give kind, specific and helpful feedback.", "أقدّم ملاحظات لطيفة ومحدّدة ومفيدة.",
     "আমি সদয়, সুনির্দিষ্ট ও সহায়ক মতামত দিই।", "我给出友善、具体、有帮助的反馈。"},
    {"What do you think?", "ما رأيك؟", "তোমার কী মনে হয়?", "你怎么看？"},
    {"Let's try it your way first.", "لنجرّب طريقتك أولًا.", "চলো আগে তোমার মতো করে চেষ্টা করি।",
     "先试试你的办法吧。"},

    // Responsibility.
    {"Responsibility", "المسؤولية", "দায়িত্ববোধ", "责任"},
    {"We own our learning, our choices and our spaces.", "نتحمّل مسؤولية تعلّمنا وخياراتنا وأماكننا.",
     "আমরা নিজেদের শেখা, সিদ্ধান্ত আর জায়গার দায়িত্ব নিই।", "我们为自己的学习、选择和空间负责。"},
    {"I come ready and meet deadlines, or speak up early when I can't.",
     "آتي بما أحتاجه وألتزم بالمواعيد، أو أُنبّه مبكرًا إن تعذّر ذلك.",
     "আমি প্রস্তুত হয়ে আসি ও সময়মতো কাজ শেষ করি, না পারলে আগেই জানাই।",
     "我做好准备、按时完成任务；做不到时会提前说明。"},
    {"I track my own progress on each competency.", "أتابع تقدّمي في كل كفاية.",
     "আমি প্রতিটি যোগ্যতায় নিজের অগ্রগতির খোঁজ রাখি।", "我跟踪自己在每项能力上的进步。"},
    {"I take care of shared materials and spaces.", "أعتني بالأدوات والأماكن المشتركة.",
     "আমি সবার ব্যবহারের জিনিস ও জায়গার যত্ন নিই।", "我爱护共用的材料和空间。"},
    {"I'll have it ready by Friday.", "سيكون جاهزًا بحلول يوم الجمعة.",
     "শুক্রবারের মধ্যে আমি এটা তৈরি করে রাখব।", "我周五前会准备好。"},
    {"I'll clean up before I go.", "سأرتّب المكان قبل أن أغادر.",
     "যাওয়ার আগে আমি সব গুছিয়ে রেখে যাব।", "走之前我会收拾好。"},

    // Inquiry.
    {"Inquiry", "الاستقصاء", "অনুসন্ধান", "探究"},
    {"We ask questions and look for evidence before we decide.",
     "نطرح الأسئلة ونبحث عن الأدلة قبل أن نقرّر.", "আমরা সিদ্ধান্ত নেওয়ার আগে প্রশ্ন করি ও প্রমাণ খুঁজি।",
     "我们先提问、找证据，再做决定。"},
    {"I ask questions that start with why and how.", "أطرح أسئلة تبدأ بـ«لماذا» و«كيف».",
     "আমি “কেন” আর “কীভাবে” দিয়ে শুরু হওয়া প্রশ্ন করি।", "我会问以“为什么”和“怎么样”开头的问题。"},
    {"I test ideas and change my mind when the evidence says so.",
     "أختبر الأفكار وأغيّر رأيي حين تدلّ الأدلة على ذلك.",
     "আমি ভাবনা যাচাই করি এবং প্রমাণ বললে মত বদলাই।", "我会检验想法，并根据证据改变看法。"},
    {"I look for more than one source.", "أبحث في أكثر من مصدر.", "আমি একাধিক উৎস খুঁজি।",
     "我会查找不止一个来源。"},
    {"Why does that happen?", "لماذا يحدث ذلك؟", "এমনটা কেন হয়?", "为什么会这样？"},
    {"What's your evidence?", "ما دليلك؟", "তোমার প্রমাণ কী?", "你的证据是什么？"},

    // Service.
    {"Service", "خدمة المجتمع", "সেবা", "服务"},
    {"We use what we learn to help our school and our neighborhood.",
     "نستخدم ما نتعلّمه لنساعد مدرستنا وحيّنا.",
     "আমরা যা শিখি তা দিয়ে আমাদের স্কুল ও পাড়াকে সাহায্য করি।", "我们用所学帮助学校和社区。"},
    {"I notice when someone needs help and offer it.",
     "ألاحظ حاجة الآخرين إلى المساعدة فأبادر بها.",
     "কারও সাহায্য দরকার হলে আমি খেয়াল করি এবং এগিয়ে যাই।",
     "我留意到有人需要帮助时，会主动伸出援手。"},
    {"I welcome new classmates and families.", "أرحّب بالزملاء والعائلات الجدد.",
     "আমি নতুন সহপাঠী ও পরিবারদের স্বাগত জানাই।", "我欢迎新同学和新家庭。"},
    {"I volunteer for projects that make our community better.",
     "أتطوّع في مشاريع تجعل مجتمعنا أفضل.",
     "আমাদের সমাজকে আরও ভালো করে এমন প্রকল্পে আমি স্বেচ্ছায় যোগ দিই।",
     "我自愿参加让社区变得更好的项目。"},
    {"Do you need a hand?", "هل أساعدك؟", "তোমার কি সাহায্য লাগবে?", "需要帮忙吗？"},
    {"Want to sit with us?", "هل نفسح لك مكانًا معنا؟", "আমাদের সঙ্গে বসবে?", "要不要和我们坐一起？"},

    // Perseverance.
    {"Perseverance", "المثابرة", "অধ্যবসায়", "坚持"},
    {"We keep going when learning is hard, and we revise until it's right.",
     "نواصل حين يصعب التعلّم، ونراجع عملنا حتى يصبح صحيحًا.",
     "শেখা কঠিন হলেও আমরা থামি না, ঠিক না হওয়া পর্যন্ত সংশোধন করি।",
     "学习困难时我们坚持下去，不断修改，直到做好。"},
    {"I try a new strategy when I get stuck.", "أجرّب استراتيجية جديدة حين أتعثّر.",
     "আটকে গেলে আমি নতুন কৌশল চেষ্টা করি।", "卡住时，我会换个新策略。"},
    {"I use feedback to revise my work.", "أستفيد من الملاحظات لأراجع عملي.",
     "আমি মতামত কাজে লাগিয়ে নিজের কাজ সংশোধন করি।", "我根据反馈修改自己的作品。"},
    {"I see mistakes as part of learning.", "أرى الأخطاء جزءًا من التعلّم.",
     "আমি ভুলকে শেখার অংশ হিসেবে দেখি।", "我把错误看作学习的一部分。"},
    {"I can't do it yet.", "لم أتمكّن من ذلك بعد.", "আমি এখনো পারি না।", "我暂时还做不到。"},
    {"Let me try another way.", "سأجرّب طريقة أخرى.", "অন্যভাবে চেষ্টা করে দেখি।",
     "让我换个方法试试。"},

    // Domains.
    {"Mathematical Reasoning", "التفكير الرياضي", "গাণিতিক যুক্তি", "数学推理"},
    {"Scientific Inquiry", "الاستقصاء العلمي", "বৈজ্ঞানিক অনুসন্ধান", "科学探究"},
    {"Communication", "التواصل", "যোগাযোগ", "沟通"},

    // Competencies.
    {"Ratios and Proportional Reasoning", "النسب والتفكير التناسبي", "অনুপাত ও আনুপাতিক যুক্তি",
     "比与比例推理"},
    {"I can use ratios and rates to compare quantities and solve real problems.",
     "أستطيع استخدام النسب والمعدّلات لمقارنة الكميات وحلّ مسائل واقعية.",
     "আমি অনুপাত ও হার ব্যবহার করে পরিমাণ তুলনা করতে এবং বাস্তব সমস্যার সমাধান করতে পারি।",
     "我能用比和比率比较数量，解决实际问题。"},
    {"Expressions and Equations", "العبارات والمعادلات", "রাশি ও সমীকরণ", "表达式与方程"},
    {"I can write and solve equations that describe a situation.",
     "أستطيع كتابة معادلات تصف موقفًا ما وحلّها.",
     "আমি কোনো পরিস্থিতি বর্ণনা করে এমন সমীকরণ লিখতে ও সমাধান করতে পারি।",
     "我能列出并求解描述某种情境的方程。"},
    {"Geometry and Measurement", "الهندسة والقياس", "জ্যামিতি ও পরিমাপ", "几何与测量"},
    {"I can find area, surface area and volume, and explain my method.",
     "أستطيع إيجاد المساحة والمساحة السطحية والحجم، وشرح طريقتي.",
     "আমি ক্ষেত্রফল, পৃষ্ঠতলের ক্ষেত্রফল ও আয়তন বের করতে এবং আমার পদ্ধতি ব্যাখ্যা করতে পারি।",
     "我能求出面积、表面积和体积，并说明我的方法。"},
    {"Data and Statistics", "البيانات والإحصاء", "উপাত্ত ও পরিসংখ্যান", "数据与统计"},
    {"I can collect data, display it and describe what it shows.",
     "أستطيع جمع البيانات وعرضها ووصف ما تُظهره.",
     "আমি উপাত্ত সংগ্রহ ও উপস্থাপন করতে এবং তা কী দেখায় বর্ণনা করতে পারি।",
     "我能收集、呈现数据，并描述数据说明了什么。"},
    {"Asking Questions", "طرح الأسئلة", "প্রশ্ন করা", "提出问题"},
    {"I can ask questions that an investigation can answer.",
     "أستطيع طرح أسئلة يمكن للاستقصاء أن يجيب عنها.",
     "আমি এমন প্রশ্ন করতে পারি, যার উত্তর অনুসন্ধান করে পাওয়া যায়।",
     "我能提出可以通过探究来回答的问题。"},
    {"Planning Investigations", "تخطيط الاستقصاءات", "অনুসন্ধানের পরিকল্পনা", "规划探究"},
    {"I can plan a fair test and decide what to measure.",
     "أستطيع تخطيط تجربة عادلة وتحديد ما سأقيسه.",
     "আমি একটি ন্যায্য পরীক্ষার পরিকল্পনা করতে এবং কী মাপব তা ঠিক করতে পারি।",
     "我能设计公平测试，并决定要测量什么。"},
    {"Analyzing Data", "تحليل البيانات", "উপাত্ত বিশ্লেষণ", "分析数据"},
    {"I can find patterns in data and say what they mean.",
     "أستطيع إيجاد الأنماط في البيانات وتوضيح معناها.",
     "আমি উপাত্তে প্যাটার্ন খুঁজে পেতে এবং সেগুলোর অর্থ বলতে পারি।",
     "我能发现数据中的规律，并说出它们的含义。"},
    {"Explaining with Evidence", "التفسير بالأدلة", "প্রমাণ দিয়ে ব্যাখ্যা", "用证据解释"},
    {"I can build an explanation that evidence supports.", "أستطيع بناء تفسير تدعمه الأدلة.",
     "আমি প্রমাণ দিয়ে সমর্থিত একটি ব্যাখ্যা গড়ে তুলতে পারি।", "我能构建有证据支持的解释。"},
    {"Writing Arguments", "كتابة الحجج", "যুক্তিনির্ভর লেখা", "论证写作"},
    {"I can make a claim and back it up with reasons and evidence.",
     "أستطيع طرح ادّعاء ودعمه بالأسباب والأدلة.",
     "আমি একটি দাবি তুলে ধরে যুক্তি ও প্রমাণ দিয়ে তা সমর্থন করতে পারি।",
     "我能提出观点，并用理由和证据支持它。"},
    {"Reading Closely", "القراءة المتأنّية", "মনোযোগী পাঠ", "精读"},
    {"I can find the main idea and cite details from a text.",
     "أستطيع تحديد الفكرة الرئيسة والاستشهاد بتفاصيل من النص.",
     "আমি লেখার মূলভাব খুঁজে বের করতে এবং সেখান থেকে খুঁটিনাটি উদ্ধৃত করতে পারি।",
     "我能找出文章的主旨，并引用文中的细节。"},
    {"Speaking and Listening", "التحدّث والاستماع", "বলা ও শোনা", "表达与倾听"},
    {"I can share ideas clearly and build on what others say.",
     "أستطيع عرض أفكاري بوضوح والبناء على ما يقوله الآخرون.",
     "আমি স্পষ্টভাবে ভাবনা প্রকাশ করতে এবং অন্যদের কথার সূত্র ধরে এগোতে পারি।",
     "我能清楚地分享想法，并接着别人的发言继续补充。"},
    {"Revising Work", "مراجعة العمل", "কাজ সংশোধন", "修改作品"},
    {"I can use feedback to make my work clearer and stronger.",
     "أستطيع الاستفادة من الملاحظات لأجعل عملي أوضح وأقوى.",
     "আমি মতামত কাজে লাগিয়ে আমার কাজকে আরও স্পষ্ট ও জোরালো করতে পারি।",
     "我能利用反馈，让我的作品更清楚、更有力。"},

    // The mastery scale's levels (the labels describe the level, not the learner).
    {"Beginning", "مبتدئ", "সূচনা", "起步"},
    {"Developing", "قيد التطوّر", "বিকাশমান", "发展中"},
    {"Proficient", "متمكّن", "দক্ষ", "熟练"},
    {"Extending", "متقدّم", "অগ্রসর", "拓展"},

    // Announcements.
    {"Innovation Night", "ليلة الابتكار", "উদ্ভাবন সন্ধ্যা", "创新之夜"},
    {"Families: come see what our learners built. Stations, demos and a bingo card of things to "
     "try. 5:00–8:30 pm.",
     "إلى العائلات: تعالوا لتروا ما صنعه طلبتنا. محطات وعروض وبطاقة بينغو لأنشطة تجرّبونها. "
     "5:00–8:30 مساءً.",
     "প্রিয় পরিবার: আমাদের শিক্ষার্থীরা কী বানিয়েছে দেখে যান। স্টেশন, প্রদর্শনী আর নানা কিছু করে "
     "দেখার বিঙ্গো কার্ড। সন্ধ্যা 5:00–8:30।",
     "各位家长：欢迎来看看我们的学生做了什么。有展台、演示，还有一张体验宾果卡。傍晚5:00–8:30。"},
    {"Student-led conferences", "لقاءات يقودها الطلبة", "শিক্ষার্থী-পরিচালিত অভিভাবক সভা",
     "学生主导的家长会"},
    {"Learners present their portfolios to their families. Sign up at the front office.",
     "يعرض الطلبة ملفات إنجازهم على أسرهم. للتسجيل: مكتب الاستقبال.",
     "শিক্ষার্থীরা পরিবারের সামনে নিজেদের পোর্টফোলিও উপস্থাপন করে। নাম লেখাতে সামনের অফিসে "
     "আসুন।",
     "学生向家人展示自己的作品集。请到前台报名。"},

    // Quotes.
    {"I used to erase my mistakes. Now I keep them so I can see how I got better.",
     "كنت أمحو أخطائي. الآن أحتفظ بها لأرى كيف تحسّنت.",
     "আগে আমি ভুলগুলো মুছে ফেলতাম। এখন রেখে দিই, যাতে দেখতে পাই কীভাবে উন্নতি করেছি।",
     "以前我会把错误擦掉。现在我把它们留着，好看到自己是怎么进步的。"},
    {"Revising my essay three times taught me more than getting it right once.",
     "مراجعة مقالي ثلاث مرات علّمتني أكثر من إتقانه من المرة الأولى.",
     "রচনাটা তিনবার সংশোধন করে যা শিখেছি, একবারে ঠিক লিখলে তা শিখতাম না।",
     "把作文改了三遍，比一次就写对让我学到更多。"},

    // Celebrations.
    {"Moved from Developing to Proficient in proportional reasoning after weeks of practice.",
     "انتقالٌ من «قيد التطوّر» إلى «متمكّن» في التفكير التناسبي بعد أسابيع من التدريب.",
     "কয়েক সপ্তাহের অনুশীলনের পর আনুপাতিক যুক্তিতে “বিকাশমান” থেকে “দক্ষ” স্তরে উঠেছে।",
     "经过几周练习，比例推理从“发展中”提升到了“熟练”。"},
    {"Revised a lab report three times until the evidence really supported the claim.",
     "مراجعة تقرير المختبر ثلاث مرات حتى دعمت الأدلة الادّعاء فعلًا.",
     "প্রমাণ সত্যিই দাবিকে সমর্থন না করা পর্যন্ত ল্যাব রিপোর্ট তিনবার সংশোধন করেছে।",
     "把实验报告改了三遍，直到证据真正支撑起论点。"},
    {"Kept at a tough set of equations and asked for feedback at every step.",
     "مثابرة على مجموعة صعبة من المعادلات وطلب الملاحظات في كل خطوة.",
     "একগুচ্ছ কঠিন সমীকরণে লেগে থেকেছে এবং প্রতিটি ধাপে মতামত চেয়েছে।",
     "坚持解完一组很难的方程，每一步都主动征求反馈。"},
    {"Asked the question that turned our water-quality study into a real investigation.",
     "السؤال الذي حوّل دراستنا لجودة المياه إلى استقصاء حقيقي.",
     "এমন প্রশ্ন করেছে, যা আমাদের পানির মান যাচাইকে সত্যিকারের অনুসন্ধানে পরিণত করেছে।",
     "提出了一个关键问题，让我们的水质研究变成了真正的探究。"},
    {"Made sure every voice in the group was heard during the bridge-building challenge.",
     "الحرص على أن يُسمع كل صوت في المجموعة خلال تحدّي بناء الجسور.",
     "সেতু বানানোর চ্যালেঞ্জে দলের প্রত্যেকের কথা যেন শোনা হয়, তা নিশ্চিত করেছে।",
     "在搭桥挑战中，确保小组里每个人的声音都被听到。"},
    {"Spent lunch helping new classmates find their way around the building.",
     "قضاء وقت الغداء في مساعدة الزملاء الجدد على التعرّف على المبنى.",
     "দুপুরের খাবারের সময় নতুন সহপাঠীদের ভবনে পথ চিনতে সাহায্য করেছে।",
     "利用午饭时间，带新同学熟悉教学楼。"},
    {"Organized the materials for the science fair without being asked.",
     "تنظيم أدوات معرض العلوم دون أن يطلب ذلك أحد.",
     "কেউ বলার আগেই বিজ্ঞান মেলার সরঞ্জাম গুছিয়ে রেখেছে।", "没人要求，就主动整理好了科学展的材料。"},
    {"Rewrote an argument essay from scratch after peer feedback, and it shows.",
     "إعادة كتابة مقال حِجاجي من البداية بعد ملاحظات الزملاء، والفرق واضح.",
     "সহপাঠীদের মতামত পেয়ে যুক্তিনির্ভর রচনাটি নতুন করে লিখেছে, আর পার্থক্যটা স্পষ্ট।",
     "根据同学的反馈，从头重写了一篇议论文，进步一目了然。"},
    {"Read a whole chapter book in English for the first time this year.",
     "قراءة رواية كاملة بالإنجليزية لأول مرة هذا العام.",
     "এ বছর প্রথমবারের মতো ইংরেজিতে একটি পুরো গল্পের বই পড়েছে।", "今年第一次读完了一整本英文章节书。"},
    {"Rebuilt a geometry model until every measurement matched the plan.",
     "إعادة بناء مجسّم هندسي حتى طابق كل قياس التصميم.",
     "প্রতিটি মাপ নকশার সঙ্গে না মেলা পর্যন্ত জ্যামিতির মডেলটি আবার বানিয়েছে।",
     "重新搭建几何模型，直到每个尺寸都与设计图一致。"},
    {"Presented findings to the class with clear charts and calm confidence.",
     "تقديم النتائج للصف برسوم بيانية واضحة وثقة هادئة.",
     "স্পষ্ট চার্ট আর শান্ত আত্মবিশ্বাস নিয়ে ক্লাসের সামনে ফলাফল উপস্থাপন করেছে।",
     "用清晰的图表，沉着自信地向全班展示了研究发现。"},
    {"Came to office hours every week until two-step equations clicked.",
     "الحضور إلى ساعات الدعم كل أسبوع حتى اتّضحت المعادلات ذات الخطوتين.",
     "দুই ধাপের সমীকরণ বুঝে না ওঠা পর্যন্ত প্রতি সপ্তাহে অফিস আওয়ারে এসেছে।",
     "每周都来答疑时间，直到弄懂了两步方程。"},
    {"Designed a fair test to find out which paper towel really absorbs the most.",
     "تصميم تجربة عادلة لمعرفة أيّ المناديل الورقية يمتصّ أكثر فعلًا.",
     "কোন কাগজের তোয়ালে সত্যিই সবচেয়ে বেশি শোষণ করে, তা জানতে একটি ন্যায্য পরীক্ষা সাজিয়েছে।",
     "设计了一个公平测试，找出哪种纸巾真正吸水最多。"},
    {"Revised a data project after feedback and showed a much clearer graph.",
     "مراجعة مشروع بيانات بعد الملاحظات وتقديم رسم بياني أوضح بكثير.",
     "মতামত পেয়ে উপাত্তের প্রকল্পটি সংশোধন করেছে এবং অনেক স্পষ্ট একটি গ্রাফ দেখিয়েছে।",
     "根据反馈修改了数据项目，做出了清楚得多的图表。"},
    {"Coached a partner through a tricky ratio problem without giving away the answer.",
     "توجيه الزميل في مسألة نسب صعبة دون كشف الإجابة.",
     "উত্তর বলে না দিয়ে সঙ্গীকে একটি কঠিন অনুপাতের সমস্যা বুঝতে সাহায্য করেছে।",
     "引导搭档解出一道棘手的比例题，却没有直接说出答案。"},
    {"Interpreted for a new family at the front office, twice this week.",
     "الترجمة لعائلة جديدة في مكتب الاستقبال، مرتين هذا الأسبوع.",
     "এ সপ্তাহে দুবার সামনের অফিসে একটি নতুন পরিবারের জন্য দোভাষীর কাজ করেছে।",
     "本周两次在前台为一个新家庭做翻译。"},
    {"Every group finished its debate prep together, and everyone spoke.",
     "أنهت كل المجموعات التحضير للمناظرة معًا، وتحدّث الجميع.",
     "প্রতিটি দল একসঙ্গে বিতর্কের প্রস্তুতি শেষ করেছে, আর সবাই কথা বলেছে।",
     "每个小组都一起完成了辩论准备，而且人人都发了言。"},
    {"Revised every lab report this cycle; not one was left behind.",
     "مراجعة كل تقارير المختبر في هذه الدورة؛ لم يتخلّف أيّ تقرير.",
     "এই পর্বে প্রতিটি ল্যাব রিপোর্ট সংশোধন করেছে; একটিও বাদ পড়েনি।",
     "本轮每份实验报告都修改了；一份都没落下。"},
    {"Collected 300 cans for the neighborhood food pantry.",
     "300 علبة طعام جُمعت لبنك الطعام في الحيّ.", "পাড়ার খাদ্য ভান্ডারের জন্য 300টি ক্যান সংগ্রহ করেছে।",
     "为社区食物银行收集了300个罐头。"},
    {"Kept a 20-day streak of independent reading.", "20 يومًا متتالية من القراءة المستقلة.",
     "টানা 20 দিন নিজে নিজে পড়ার ধারা বজায় রেখেছে।", "连续20天坚持自主阅读。"},
    {"Left the science lab spotless after every experiment this month.",
     "إبقاء مختبر العلوم نظيفًا تمامًا بعد كل تجربة هذا الشهر.",
     "এ মাসে প্রতিটি পরীক্ষার পর বিজ্ঞানাগার ঝকঝকে রেখে গেছে।",
     "本月每次实验后，都把科学实验室收拾得干干净净。"},
    {"Our math talks got deeper: more why, less what.",
     "صارت نقاشاتنا الرياضية أعمق: «لماذا» أكثر، و«ماذا» أقل.",
     "আমাদের গণিত আলোচনা আরও গভীর হয়েছে: বেশি “কেন”, কম “কী”।",
     "我们的数学讨论更深入了：多问“为什么”，少问“是什么”。"},
    {"Brought 150 questions to the watershed field trip.",
     "اصطحاب 150 سؤالًا إلى الرحلة الميدانية لحوض النهر.",
     "নদী অববাহিকার শিক্ষা সফরে 150টি প্রশ্ন নিয়ে গেছে।", "带着150个问题参加了流域实地考察。"},
    {"Revised every science fair proposal after the feedback gallery walk.",
     "مراجعة جميع مقترحات معرض العلوم بعد جولة تبادل الملاحظات.",
     "মতামত বিনিময়ের গ্যালারি ওয়াকের পর বিজ্ঞান মেলার প্রতিটি প্রস্তাব সংশোধন করেছে।",
     "在反馈画廊漫步活动后，修改了每一份科学展提案。"},
    {"Finished the long-term research projects with every draft on time.",
     "إنجاز مشاريع البحث الطويلة مع تسليم كل مسودة في موعدها.",
     "প্রতিটি খসড়া সময়মতো জমা দিয়ে দীর্ঘমেয়াদি গবেষণা প্রকল্প শেষ করেছে।",
     "完成了长期研究项目，每份草稿都按时提交。"},
    {"Planted 40 trees with our neighbors in Riverside Park.",
     "زراعة 40 شجرة مع جيراننا في حديقة ريفرسايد.",
     "রিভারসাইড পার্কে প্রতিবেশীদের সঙ্গে 40টি গাছ লাগিয়েছে।",
     "和邻居们一起在Riverside公园种下了40棵树。"},
    {"Welcomed 250 families to Innovation Night. Thank you!",
     "استقبلنا 250 عائلة في ليلة الابتكار. شكرًا لكم!",
     "উদ্ভাবন সন্ধ্যায় 250টি পরিবারকে স্বাগত জানিয়েছে। ধন্যবাদ!", "创新之夜迎来了250个家庭。谢谢大家！"},
    {"Kept attendance strong through the first snowy week.",
     "الحفاظ على نسبة حضور عالية طوال أول أسبوع ثلجي.",
     "প্রথম তুষারঝরা সপ্তাহজুড়েও উপস্থিতি ভালো রেখেছে।", "第一个下雪周里，出勤率依然很高。"},
    {"Built the community garden beds together, grade by grade.",
     "بناء أحواض الحديقة المجتمعية معًا، صفًّا بعد صف.",
     "শ্রেণি ধরে ধরে সবাই মিলে কমিউনিটি বাগানের বেড তৈরি করেছে।",
     "各年级接力，一起搭建了社区花园的苗床。"},
    {"Got the top score on the math test.", "الحصول على أعلى درجة في اختبار الرياضيات.",
     "গণিত পরীক্ষায় সর্বোচ্চ নম্বর পেয়েছে।", "数学考试拿到了最高分。"},
};

} // namespace

void addTranslations(LangText& text) {
    const auto en = text.find("en");
    if (en == text.end()) return;
    const auto* const found =
        std::find_if(std::begin(kTranslations), std::end(kTranslations),
                     [&](const Translation& t) { return t.en == en->second; });
    if (found == std::end(kTranslations)) return;
    text["ar"] = found->ar;
    text["bn"] = found->bn;
    text["zh-Hans"] = found->zhHans;
}

} // namespace lantern::demo
