// News items written for the portal from the sources' facts (our wording, not theirs).
// A press review summarises one article and links to it as its source.
import { NewsKind } from "../../lib/generated/prisma/enums";
import { idOf, type SeedContext, type SeedTx } from "./context";
import { P } from "./projects-data";
import { SESSION } from "./sessions";
import { SOURCE } from "./sources";

type NewsSeed = {
  slug: string;
  kind: NewsKind;
  titleFr: string;
  titleAr: string;
  summaryFr: string;
  summaryAr: string;
  bodyFr: string;
  bodyAr: string;
  /** Noon UTC, so the calendar day is the same in Morocco whatever the offset. */
  publishedAt: Date | "seed-time";
  isPublished: boolean;
  source: string;
  session: string | null;
  projects: string[];
};

const noon = (iso: string) => new Date(`${iso}T12:00:00.000Z`);

const NEWS: NewsSeed[] = [
  {
    slug: "2010-04-17-lancement-site-programme",
    kind: NewsKind.PRESS_REVIEW,
    titleFr: "Le programme e-gouvernement ouvre son site Internet",
    titleAr: "برنامج الحكومة الإلكترونية يطلق موقعه على الإنترنت",
    summaryFr:
      "Revue de presse : le site présente l'avancement de chaque projet, recueille l'avis des internautes " +
      "et offre un espace d'échange aux acteurs du programme.",
    summaryAr:
      "من الصحافة: يعرض الموقع مدى تقدم كل مشروع، ويستقي آراء مستعملي الإنترنت، ويوفر فضاء للتواصل بين المتدخلين في البرنامج.",
    bodyFr: [
      "L'Opinion rend compte de la mise en ligne du site du programme e-gouvernement, l'une des priorités " +
        "de la stratégie Maroc Numeric 2013.",
      "Le site publie la feuille de route de l'ensemble des projets et services, propose des enquêtes en " +
        "ligne sur son utilité et sur la pertinence des projets, et sert d'espace collaboratif aux parties " +
        "prenantes.",
      "L'article revient aussi sur la gouvernance du programme : un comité interministériel de 15 membres " +
        "permanents, des structures de pilotage dans les ministères et établissements concernés, et une " +
        "direction de pilotage rattachée au comité. Réuni pour la première fois le 22 février 2010, le " +
        "comité a fixé ses rendez-vous suivants aux 21 juin, 20 septembre et 20 décembre 2010.",
    ].join("\n\n"),
    bodyAr: [
      "أوردت جريدة L'Opinion خبر إطلاق الموقع الإلكتروني لبرنامج الحكومة الإلكترونية، أحد أولويات استراتيجية المغرب الرقمي 2013.",
      "ينشر الموقع خريطة طريق جميع المشاريع والخدمات، ويقترح استطلاعات للرأي عبر الإنترنت حول فائدته ومدى ملاءمة المشاريع، " +
        "كما يشكل فضاء تشاركيا للمتدخلين.",
      "وتطرق المقال كذلك إلى حكامة البرنامج: لجنة وزارية مشتركة تضم 15 عضوا دائما، وهياكل للقيادة داخل الوزارات والمؤسسات المعنية، " +
        "ومديرية للقيادة تابعة للجنة. وقد عقدت اللجنة أول اجتماع لها في 22 فبراير 2010، وحددت مواعيد اجتماعاتها الموالية " +
        "في 21 يونيو و20 شتنبر و20 دجنبر 2010.",
    ].join("\n\n"),
    publishedAt: noon("2010-04-17"),
    isPublished: true,
    source: SOURCE.siteLaunch,
    session: SESSION.first,
    projects: [P.programmePortal],
  },
  {
    slug: "2013-01-31-deuxieme-moroccan-egov-forum",
    kind: NewsKind.PRESS_REVIEW,
    titleFr: "2e Moroccan eGov Forum : les prochains chantiers du programme",
    titleAr: "الدورة الثانية للمنتدى المغربي للحكومة الإلكترونية: الأوراش المقبلة للبرنامج",
    summaryFr:
      "Revue de presse : le forum de janvier 2013 a dressé le bilan du programme et présenté ses " +
      "prochaines étapes, du guichet unique usager à la diversification des canaux.",
    summaryAr:
      "من الصحافة: وقف منتدى يناير 2013 على حصيلة البرنامج وقدم مراحله المقبلة، من الشباك الوحيد للمرتفق إلى تنويع القنوات.",
    bodyFr: [
      "Finances News revient sur la deuxième édition du Moroccan eGov Forum, organisée par le ministère de " +
        "l'Industrie, du Commerce et des Nouvelles Technologies dans le cadre de Maroc Numeric 2013, stratégie " +
        "lancée en octobre 2009 dont l'e-gouvernement constitue le deuxième des quatre axes.",
      "Parmi les chantiers annoncés : un guichet unique usager avec une authentification unique, une " +
        "passerelle d'échange entre ministères pour ne plus réclamer de pièces papier aux usagers, la mise en " +
        "commun des moyens des administrations, des standards d'interopérabilité partagés, et de nouveaux " +
        "canaux (mobile, services vocaux, centres d'appels, intermédiaires).",
      "La stratégie prévoit aussi d'interroger les usagers avant de lancer un e-service, pour choisir les " +
        "priorités, puis après, pour en mesurer l'effet et la satisfaction.",
    ].join("\n\n"),
    bodyAr: [
      "تناولت جريدة Finances News الدورة الثانية للمنتدى المغربي للحكومة الإلكترونية، التي نظمتها وزارة الصناعة والتجارة " +
        "والتكنولوجيات الحديثة في إطار استراتيجية المغرب الرقمي 2013، المطلقة في أكتوبر 2009، والتي تمثل الحكومة الإلكترونية محورها الثاني من أصل أربعة.",
      "ومن بين الأوراش المعلن عنها: شباك وحيد للمرتفق بتعريف موحد، ومنصة للتبادل بين الوزارات تغني المرتفقين عن الوثائق الورقية، " +
        "وتقاسم الوسائل بين الإدارات، ومعايير مشتركة للتشغيل البيني، وقنوات جديدة (الهاتف المحمول، والخدمات الصوتية، ومراكز النداء، والوسطاء).",
      "كما تنص الاستراتيجية على استشارة المرتفقين قبل إطلاق أي خدمة إلكترونية لتحديد الأولويات، ثم بعد إطلاقها لقياس أثرها ومدى رضاهم عنها.",
    ].join("\n\n"),
    publishedAt: noon("2013-01-31"),
    isPublished: true,
    source: SOURCE.egovForum2013,
    session: null,
    projects: [P.userOneStop, P.exchangeGateway, P.sharedResources, P.interoperability, P.channels],
  },
  {
    slug: "2013-06-07-cigov-11e-session",
    kind: NewsKind.ANNOUNCEMENT,
    titleFr: "11e session du Comité interministériel e-gouvernement",
    titleAr: "الدورة الحادية عشرة للجنة الوزارية المشتركة للحكومة الإلكترونية",
    summaryFr:
      "Présidée par Abdelkader Amara le 7 juin 2013, la session a accueilli le comité élargi, annoncé une " +
      "gouvernance transitoire et fait le point sur les services mis en ligne.",
    summaryAr:
      "ترأسها عبد القادر اعمارة في 7 يونيو 2013، ورحبت بأعضاء اللجنة الموسعة، وأعلنت عن حكامة انتقالية، ووقفت على الخدمات التي أُطلقت عبر الإنترنت.",
    bodyFr: [
      "Réuni le 7 juin 2013 sous la présidence d'Abdelkader Amara, ministre de l'Industrie, du Commerce et " +
        "des Nouvelles Technologies, le CIGOV a tenu sa 11e session dans une composition élargie à l'ensemble des " +
        "ministères et aux organismes publics les plus concernés. Le président a appelé à presser le pas, " +
        "d'abord sur les projets phares, au premier rang desquels l'identifiant unique du citoyen.",
      "Un comité de ministres, placé sous l'autorité directe du Chef du gouvernement, dirigera le " +
        "programme pendant la transition, jusqu'à la création d'une agence nationale de l'e-gouvernement.",
      "Depuis la session précédente, la demande de casier judiciaire en ligne a ouvert en pilote à " +
        "Casablanca le 19 février 2013 avant d'arriver à Kénitra, le portail du consommateur est ouvert " +
        "depuis le 5 mars 2013 et maroc.ma a fait peau neuve. Watiqa.ma entre en phase de " +
        "généralisation : 29 communes équipées, 127 attendues fin juillet 2013.",
      "Après la revue détaillée des projets avec leurs responsables et un échange de questions, quatre " +
        "démonstrations ont été présentées : maroc.ma, la prise de rendez-vous en ligne, la réclamation en " +
        "ligne du ministère de l'Habitat et les offres numériques de Barid Al-Maghrib (Barid eBox et Barid eShop).",
    ].join("\n\n"),
    bodyAr: [
      "ترأس وزير الصناعة والتجارة والتكنولوجيات الحديثة يوم 7 يونيو 2013 الدورة الحادية عشرة للجنة الوزارية المشتركة " +
        "للحكومة الإلكترونية، التي أصبحت مفتوحة لجميع الوزارات والهيئات العمومية المنخرطة في البرنامج. ودعا إلى تسريع " +
        "الإنجازات، بدءا بالأوراش الرائدة مثل المعرف الوحيد للمواطن.",
      "وفي انتظار إحداث الوكالة الوطنية التي ستُكلف بالحكومة الإلكترونية، ستتولى لجنة وزارية ترفع تقاريرها إلى رئيس الحكومة " +
        "الحكامة الانتقالية للبرنامج.",
      "ومنذ الدورة السابقة، انطلقت خدمة طلب السجل العدلي عبر الإنترنت تجريبيا بالدار البيضاء في 19 فبراير 2013 قبل " +
        "تعميمها على القنيطرة، وأُطلقت بوابة المستهلك في 5 مارس 2013، ووُضعت صيغة جديدة من maroc.ma على الإنترنت. " +
        "كما دخلت خدمة Watiqa.ma مرحلة التعميم: 29 جماعة مجهزة، و127 جماعة مرتقبة في نهاية يوليوز 2013.",
      "وبعد الدراسة المفصلة للمشاريع مع المسؤولين عنها وفقرة للأسئلة، قُدمت أربعة عروض تطبيقية: maroc.ma، وحجز المواعيد " +
        "عبر الإنترنت، والشكايات عبر الإنترنت لوزارة السكنى، والمنصة الرقمية لبريد المغرب (Barid eBox وBarid eShop).",
    ].join("\n\n"),
    publishedAt: noon("2013-06-07"),
    isPublished: true,
    source: SOURCE.cigov11,
    session: SESSION.eleventh,
    projects: [
      P.citizenId,
      P.criminalRecord,
      P.consumerPortal,
      P.marocMa,
      P.watiqa,
      P.appointments,
      P.housingComplaints,
      P.baridEbox,
      P.baridEshop,
    ],
  },
  {
    // The dispatch carries no date, so this review is left as an unpublished draft: staff
    // publish it once the date is known, instead of the seed inventing one.
    slug: "expose-programme-conseil-de-gouvernement",
    kind: NewsKind.PRESS_REVIEW,
    titleFr: "Le programme e-gouvernement présenté au Conseil de gouvernement",
    titleAr: "تقديم برنامج الحكومة الإلكترونية أمام مجلس الحكومة",
    summaryFr:
      "Revue de presse : 89 projets et services d'ici 2013, dont 15 projets phares, pour 2,2 milliards de " +
      "dirhams, et une gouvernance à trois niveaux.",
    summaryAr:
      "من الصحافة: 89 مشروعا وخدمة في أفق 2013، من بينها 15 مشروعا رائدا، بكلفة 2,2 مليار درهم، وحكامة على ثلاثة مستويات.",
    bodyFr: [
      "Une dépêche rapporte l'exposé d'Ahmed Réda Chami, alors ministre de l'Industrie, du Commerce et des " +
        "Nouvelles Technologies, sur le programme e-gouvernement devant le Conseil de gouvernement. Le " +
        "programme doit livrer 89 projets et services d'ici 2013, dont 15 projets phares (parmi eux la GID, " +
        "l'état civil modernisé et la création d'entreprise par Internet), pour un coût de 2,2 milliards de dirhams.",
      "Sa gouvernance repose sur le CIGOV, qui fixe le cap, la stratégie et le plan d'action et évalue " +
        "les résultats ; sur des structures de pilotage (SPGOV) dans chaque ministère ou établissement ; et " +
        "sur la DPGOV, qui pilote l'ensemble des projets. Douze feuilles de route avaient alors été " +
        "présentées, dont celles du visa sécurisé, de la commande publique dématérialisée et du système " +
        "portuaire EDI.",
    ].join("\n\n"),
    bodyAr: [
      "أوردت قصاصة إخبارية العرض الذي قدمه أحمد رضا الشامي، وزير الصناعة والتجارة والتكنولوجيات الحديثة آنذاك، حول برنامج " +
        "الحكومة الإلكترونية أمام مجلس الحكومة. ويهدف البرنامج إلى إنجاز 89 مشروعا وخدمة في أفق 2013، من بينها 15 مشروعا رائدا " +
        "مثل تحديث الحالة المدنية وإحداث المقاولات عبر الإنترنت والتدبير المندمج للنفقات العمومية، بكلفة 2,2 مليار درهم.",
      "وتقوم حكامته على اللجنة الوزارية المشتركة التي تحدد الرؤية والاستراتيجية ومخطط العمل وتقيّم النتائج، وعلى هياكل للقيادة " +
        "داخل كل وزارة أو مؤسسة، وعلى مديرية القيادة التي تقود مجموع المشاريع. وكانت اثنتا عشرة خريطة طريق قد قُدمت آنذاك، " +
        "منها خرائط التأشيرة المؤمنة ورقمنة الطلبيات العمومية والنظام المعلوماتي المينائي.",
    ].join("\n\n"),
    publishedAt: "seed-time",
    isPublished: false,
    source: SOURCE.governmentCouncil,
    session: null,
    projects: [P.civilStatus, P.companyCreation, P.gid, P.visa, P.procurement, P.portEdi],
  },
];

export async function seedNews(tx: SeedTx, ctx: SeedContext): Promise<void> {
  for (const n of NEWS) {
    const { source, session, projects, publishedAt, ...fields } = n;
    await tx.newsItem.create({
      data: {
        ...fields,
        publishedAt: publishedAt === "seed-time" ? ctx.seededAt : publishedAt,
        sourceId: idOf(ctx.sources, source, "source"),
        sessionId: session ? idOf(ctx.sessions, session, "session") : null,
        projects: { create: projects.map((p) => ({ projectId: idOf(ctx.projects, p, "project") })) },
      },
    });
  }
}
