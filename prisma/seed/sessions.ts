// The two CIGOV sessions the sources describe. Sessions 2 to 10 took place but no source
// describes them, so they are not created. The 1st session's date is printed "22 février
// 2110" in the press: a typo, since the same article schedules the next sessions in 2010.
import { SessionStatus } from "../../lib/generated/prisma/enums";
import { day, idOf, type SeedContext, type SeedTx } from "./context";
import { BODY } from "./governance";
import { P } from "./projects-data";
import { SOURCE } from "./sources";

type Text = { fr: string; ar: string };

const CHAIR_TITLE: Text = {
  fr: "Ministre de l'Industrie, du Commerce et des Nouvelles Technologies",
  ar: "وزير الصناعة والتجارة والتكنولوجيات الحديثة",
};

export const SESSION = { first: "cigov-1", eleventh: "cigov-11" } as const;

async function seedFirstSession(tx: SeedTx, ctx: SeedContext): Promise<void> {
  const agenda: Text[] = [
    { fr: "Gouvernance du programme", ar: "حكامة البرنامج" },
    {
      fr: "État d'avancement des résolutions du Conseil national des technologies de l'information",
      ar: "مدى تقدم تنفيذ قرارات المجلس الوطني لتكنولوجيا المعلومات",
    },
    { fr: "Master plan 2009-2013", ar: "المخطط التوجيهي 2009-2013" },
    { fr: "Plan d'actions 2010", ar: "مخطط العمل لسنة 2010" },
  ];
  const session = await tx.committeeSession.create({
    data: {
      bodyId: idOf(ctx.bodies, BODY.cigov, "body"),
      number: 1,
      heldOn: day("2010-02-22"),
      status: SessionStatus.HELD,
      // The source does not name who chaired; the chair's office is set by the committee's
      // rules (chaired by this minister), so only the title is recorded.
      chairName: null,
      chairTitleFr: CHAIR_TITLE.fr,
      chairTitleAr: CHAIR_TITLE.ar,
      summaryFr:
        "Première réunion du comité, consacrée au cadre de pilotage du programme, au suivi des résolutions " +
        "du Conseil national des technologies de l'information, au master plan 2009-2013 et au plan " +
        "d'actions 2010. Le comité a arrêté le calendrier de ses trois réunions suivantes.",
      summaryAr:
        "الاجتماع الأول للجنة، وخُصص لإطار قيادة البرنامج، وتتبع قرارات المجلس الوطني لتكنولوجيا المعلومات، " +
        "والمخطط التوجيهي 2009-2013، ومخطط العمل لسنة 2010. وحددت اللجنة مواعيد اجتماعاتها الثلاثة الموالية.",
      sourceId: idOf(ctx.sources, SOURCE.siteLaunch, "source"),
      agendaItems: { create: agenda.map((a, i) => ({ position: i + 1, titleFr: a.fr, titleAr: a.ar })) },
      announcedDates: {
        create: ["2010-06-21", "2010-09-20", "2010-12-20"].map((d) => ({ plannedOn: day(d) })),
      },
    },
  });
  ctx.sessions[SESSION.first] = session.id;
}

async function seedEleventhSession(tx: SeedTx, ctx: SeedContext): Promise<void> {
  const project = (slug: string) => idOf(ctx.projects, slug, "project");
  const agenda: Text[] = [
    {
      fr: "Accueil des nouveaux membres du comité, élargi à tous les ministères et aux entités publiques engagées",
      ar: "الترحيب بالأعضاء الجدد للجنة بعد توسيعها لتشمل جميع الوزارات والهيئات العمومية المنخرطة",
    },
    {
      fr: "Accélération des réalisations, en priorité les chantiers phares dont l'identifiant unique du citoyen",
      ar: "تسريع وتيرة الإنجازات مع إعطاء الأولوية للأوراش الرائدة ومنها المعرف الوحيد للمواطن",
    },
    { fr: "Gouvernance transitoire du programme", ar: "الحكامة الانتقالية للبرنامج" },
    {
      fr: "Services mis en ligne depuis la session précédente",
      ar: "الخدمات التي أُطلقت عبر الإنترنت منذ الدورة السابقة",
    },
    { fr: "Généralisation du service Watiqa.ma", ar: "تعميم خدمة Watiqa.ma" },
    {
      fr: "Revue du reporting détaillé de chaque projet avec les responsables des départements",
      ar: "دراسة التقارير المفصلة لكل مشروع بحضور المسؤولين عنه في القطاعات المعنية",
    },
    { fr: "Questions et réponses", ar: "أسئلة وأجوبة" },
    { fr: "Démonstrations de services électroniques", ar: "عروض تطبيقية لخدمات إلكترونية" },
  ];
  const session = await tx.committeeSession.create({
    data: {
      bodyId: idOf(ctx.bodies, BODY.cigov, "body"),
      number: 11,
      heldOn: day("2013-06-07"),
      status: SessionStatus.HELD,
      chairName: "Abdelkader Amara",
      chairTitleFr: CHAIR_TITLE.fr,
      chairTitleAr: CHAIR_TITLE.ar,
      summaryFr:
        "Première session du comité dans sa composition élargie. Le président a demandé d'accélérer les " +
        "réalisations, en particulier l'identifiant unique du citoyen, et a annoncé un comité de ministres " +
        "chargé de la gouvernance transitoire. Le comité a fait le point sur les services ouverts depuis la " +
        "session précédente et sur la généralisation de Watiqa.ma, examiné le suivi détaillé de chaque " +
        "projet, puis assisté à quatre démonstrations.",
      summaryAr:
        "أول دورة للجنة في تركيبتها الموسعة. دعا الرئيس إلى تسريع الإنجازات، ولا سيما المعرف الوحيد للمواطن، " +
        "وأعلن عن إحداث لجنة وزارية تتولى الحكامة الانتقالية. ووقفت اللجنة على الخدمات التي أُطلقت منذ الدورة " +
        "السابقة وعلى تعميم خدمة Watiqa.ma، ودرست التتبع المفصل لكل مشروع، ثم تابعت أربعة عروض تطبيقية.",
      sourceId: idOf(ctx.sources, SOURCE.cigov11, "source"),
      agendaItems: { create: agenda.map((a, i) => ({ position: i + 1, titleFr: a.fr, titleAr: a.ar })) },
      decisions: {
        create: [
          {
            position: 1,
            textFr:
              "Créer un comité de ministres, rendant compte directement au Chef du gouvernement, pour assurer " +
              "la gouvernance transitoire du programme en attendant l'agence nationale chargée de l'e-gouvernement.",
            textAr:
              "إحداث لجنة وزارية ترفع تقاريرها مباشرة إلى رئيس الحكومة، لضمان الحكامة الانتقالية للبرنامج " +
              "في انتظار إحداث الوكالة الوطنية المكلفة بالحكومة الإلكترونية.",
          },
        ],
      },
      reviews: {
        create: [
          {
            projectId: project(P.citizenId),
            noteFr: "Chantier fédérateur dont le président demande d'accélérer la réalisation.",
            noteAr: "ورش موحِّد دعا الرئيس إلى تسريع إنجازه.",
          },
          {
            projectId: project(P.watiqa),
            noteFr: "Phase de généralisation lancée : 29 communes équipées, 127 visées fin juillet 2013.",
            noteAr: "انطلاق مرحلة التعميم: 29 جماعة مجهزة، والهدف 127 جماعة في نهاية يوليوز 2013.",
          },
        ],
      },
      launches: {
        create: [
          {
            projectId: project(P.criminalRecord),
            launchedOn: day("2013-02-19"),
            noteFr: "Pilote au tribunal de Casablanca, puis extension au tribunal de Kénitra.",
            noteAr: "انطلاق تجريبي بمحكمة الدار البيضاء، ثم التعميم على محكمة القنيطرة.",
          },
          {
            projectId: project(P.consumerPortal),
            launchedOn: day("2013-03-05"),
            noteFr: "Point d'entrée unique pour la protection du consommateur.",
            noteAr: "نقطة ولوج موحدة لحماية المستهلك.",
          },
          {
            projectId: project(P.marocMa),
            launchedOn: null,
            noteFr: "Nouvelle version du portail national.",
            noteAr: "الصيغة الجديدة للبوابة الوطنية.",
          },
        ],
      },
      demonstrations: {
        create: [
          {
            position: 1,
            titleFr: "Portail national maroc.ma, nouvelle version",
            titleAr: "الصيغة الجديدة للبوابة الوطنية maroc.ma",
            projectId: project(P.marocMa),
          },
          {
            position: 2,
            titleFr: "Prise de rendez-vous en ligne (application réutilisable de la DPGOV)",
            titleAr: "حجز المواعيد عبر الإنترنت، تطبيق قابل للتقاسم من إنجاز مديرية القيادة",
            projectId: project(P.appointments),
          },
          {
            position: 3,
            titleFr: "Réclamation en ligne du ministère de l'Habitat",
            titleAr: "الشكايات عبر الإنترنت لوزارة السكنى والتعمير وسياسة المدينة",
            projectId: project(P.housingComplaints),
          },
          {
            // One demonstration covered both offers of the Post's platform; it links to the
            // first, and the session news links both.
            position: 4,
            titleFr: "Offres numériques de Barid Al-Maghrib : Barid eBox et Barid eShop",
            titleAr: "المنصة الرقمية لبريد المغرب: Barid eBox وBarid eShop",
            projectId: project(P.baridEbox),
          },
        ],
      },
    },
  });
  ctx.sessions[SESSION.eleventh] = session.id;
}

export async function seedSessions(tx: SeedTx, ctx: SeedContext): Promise<void> {
  await seedFirstSession(tx, ctx);
  await seedEleventhSession(tx, ctx);
}
