// Every project and service the sources name, with what they say about it.
// Owner: the ministry or body whose role makes it unambiguous; otherwise the programme
// office (DPGOV), flagged "owner not given" below. Status follows the sources: put online
// -> OPERATIONAL, roadmap presented or work under way -> IN_PROGRESS, announced for later
// -> PLANNED. Progress is 100 for OPERATIONAL and 0 unless a source implies a figure.
// Dates a source does not give stay null. Website addresses are not given as URLs: null.
import { Channel, ProjectKind, ProjectStatus } from "../../lib/generated/prisma/enums";
import { AXIS } from "./programme";
import { ORG } from "./organizations";

export type ProjectSeed = {
  slug: string;
  code: string;
  titleFr: string;
  titleAr: string;
  summaryFr: string;
  summaryAr: string;
  kind: ProjectKind;
  isFlagship: boolean;
  owner: string;
  axis: string;
  status: ProjectStatus;
  progress: number;
  channels: Channel[];
  /** Go-live date where a source gives it: the day the service first opened. */
  actualEndOn?: string;
};

const { PROJECT, E_SERVICE, PLATFORM, SHARED_APPLICATION } = ProjectKind;
const { PLANNED, IN_PROGRESS, OPERATIONAL } = ProjectStatus;

export const P = {
  civilStatus: "modernisation-etat-civil",
  companyCreation: "creation-entreprises-en-ligne",
  gid: "gestion-integree-depense-gid",
  citizenId: "identifiant-unique-citoyen",
  visa: "visa-securise",
  offenceReports: "dematerialisation-pv-officiers-verbalisateurs",
  procurement: "dematerialisation-commande-publique",
  tourismBooking: "plateforme-reservation-touristique",
  certification: "plateforme-certification-electronique",
  educationIs: "systeme-information-education",
  portEdi: "systeme-portuaire-edi-guichet-unique",
  criminalRecord: "casier-judiciaire-en-ligne",
  consumerPortal: "portail-du-consommateur",
  marocMa: "portail-national-maroc-ma",
  watiqa: "watiqa-ma",
  appointments: "prise-rendez-vous-en-ligne",
  housingComplaints: "reclamation-en-ligne-habitat",
  baridEbox: "barid-ebox",
  baridEshop: "barid-eshop",
  userOneStop: "guichet-unique-usager",
  exchangeGateway: "passerelle-echange-interministerielle",
  sharedResources: "mutualisation-moyens-ressources",
  interoperability: "standards-echange-interoperabilite",
  channels: "diversification-canaux-delivrance",
  programmePortal: "portail-programme-egov-ma",
} as const;

export const PROJECTS: ProjectSeed[] = [
  // ---- flagships named by the sources (4 of the 15)
  {
    slug: P.civilStatus,
    code: "EGOV-001",
    titleFr: "Modernisation de l'état civil",
    titleAr: "تحديث الحالة المدنية",
    summaryFr:
      "Projet phare : moderniser la tenue des registres d'état civil et la délivrance des actes. " +
      "Sa feuille de route figure parmi celles présentées au comité.",
    summaryAr:
      "مشروع رائد يهدف إلى تحديث مسك سجلات الحالة المدنية وتسليم الوثائق. وخريطة طريقه من بين الخرائط التي قُدمت إلى اللجنة.",
    kind: PROJECT,
    isFlagship: true,
    owner: ORG.interior, // civil status registers are kept under the Interior ministry
    axis: AXIS.citizens,
    status: IN_PROGRESS,
    progress: 0,
    channels: [],
  },
  {
    slug: P.companyCreation,
    code: "EGOV-002",
    titleFr: "Création d'entreprises en ligne",
    titleAr: "إحداث المقاولات عبر الإنترنت",
    summaryFr: "Projet phare : permettre de créer une entreprise par Internet, sans multiplier les guichets.",
    summaryAr: "مشروع رائد يتيح إحداث المقاولة عبر الإنترنت دون التنقل بين عدة شبابيك.",
    kind: E_SERVICE,
    isFlagship: true,
    // Owner not given: several bodies take part in company registration, so it is
    // attached to the programme office until the owner is known.
    owner: ORG.dpgov,
    axis: AXIS.businesses,
    status: PLANNED,
    progress: 0,
    channels: [Channel.WEB],
  },
  {
    slug: P.gid,
    code: "EGOV-003",
    titleFr: "Gestion intégrée de la dépense publique (GID)",
    titleAr: "التدبير المندمج للنفقات العمومية",
    summaryFr: "Projet phare : un système commun pour engager, contrôler et payer la dépense de l'État.",
    summaryAr: "مشروع رائد: نظام موحد لالتزام نفقات الدولة ومراقبتها وأدائها.",
    kind: PROJECT,
    isFlagship: true,
    owner: ORG.finance, // public spending is run by the Treasury, part of this ministry
    axis: AXIS.efficiency,
    status: PLANNED,
    progress: 0,
    channels: [],
  },
  {
    slug: P.citizenId,
    code: "EGOV-004",
    titleFr: "Identifiant unique du citoyen",
    titleAr: "المعرف الوحيد للمواطن",
    summaryFr:
      "Projet phare et fédérateur : un identifiant commun à toutes les administrations pour chaque citoyen. " +
      "Le CIGOV a demandé en juin 2013 d'en accélérer la réalisation.",
    summaryAr:
      "مشروع رائد وموحِّد: معرف مشترك بين جميع الإدارات لكل مواطن. وقد دعت اللجنة في يونيو 2013 إلى تسريع إنجازه.",
    kind: PROJECT,
    isFlagship: true,
    // Owner not given: identification involves several bodies; attached to the
    // programme office. In progress: the 11th session treats it as an ongoing work stream.
    owner: ORG.dpgov,
    axis: AXIS.foundations,
    status: IN_PROGRESS,
    progress: 0,
    channels: [],
  },

  // ---- roadmaps presented to the committee
  {
    slug: P.visa,
    code: "EGOV-005",
    titleFr: "Visa sécurisé",
    titleAr: "التأشيرة المؤمنة",
    summaryFr: "Délivrance de visas dotés de dispositifs de sécurité renforcés. Feuille de route présentée.",
    summaryAr: "تسليم تأشيرات مزودة بوسائل حماية معززة. قُدمت خريطة طريق المشروع.",
    kind: PROJECT,
    isFlagship: false,
    owner: ORG.foreignAffairs, // visas are issued by the consulates of this ministry
    axis: AXIS.efficiency,
    status: IN_PROGRESS,
    progress: 0,
    channels: [],
  },
  {
    slug: P.offenceReports,
    code: "EGOV-006",
    titleFr: "Dématérialisation des procès-verbaux des officiers verbalisateurs",
    titleAr: "رقمنة المحاضر التي يحررها الأعوان المكلفون بمعاينة المخالفات",
    summaryFr:
      "Remplacer les procès-verbaux papier dressés par les agents verbalisateurs par des documents " +
      "électroniques. Feuille de route présentée.",
    summaryAr: "تعويض المحاضر الورقية التي يحررها الأعوان المكلفون بمعاينة المخالفات بوثائق إلكترونية. قُدمت خريطة طريق المشروع.",
    kind: PROJECT,
    isFlagship: false,
    // Owner not given: several enforcement bodies draw up such reports; attached to the
    // programme office.
    owner: ORG.dpgov,
    axis: AXIS.efficiency,
    status: IN_PROGRESS,
    progress: 0,
    channels: [],
  },
  {
    slug: P.procurement,
    code: "EGOV-007",
    titleFr: "Dématérialisation de la commande publique",
    titleAr: "رقمنة الطلبيات العمومية",
    summaryFr: "Passer en ligne les étapes des marchés publics, de l'avis à la soumission. Feuille de route présentée.",
    summaryAr: "إنجاز مراحل الصفقات العمومية عبر الإنترنت، من الإعلان إلى تقديم العروض. قُدمت خريطة طريق المشروع.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.finance, // public procurement rules and portal are run by this ministry
    axis: AXIS.businesses,
    status: IN_PROGRESS,
    progress: 0,
    channels: [Channel.WEB],
  },
  {
    slug: P.tourismBooking,
    code: "EGOV-008",
    titleFr: "Plateforme transactionnelle de réservation touristique",
    titleAr: "المنصة الإلكترونية لمعاملات الحجز السياحي",
    summaryFr: "Une plateforme pour réserver et payer en ligne des prestations touristiques. Feuille de route présentée.",
    summaryAr: "منصة لحجز الخدمات السياحية وأداء ثمنها عبر الإنترنت. قُدمت خريطة طريق المشروع.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.tourism,
    axis: AXIS.businesses,
    status: IN_PROGRESS,
    progress: 0,
    channels: [Channel.WEB],
  },
  {
    slug: P.certification,
    code: "EGOV-009",
    titleFr: "Plateforme d'opérateur de certification électronique",
    titleAr: "منصة مشغل للمصادقة الإلكترونية",
    summaryFr:
      "Mettre en place un opérateur délivrant des certificats électroniques, base de la signature et des " +
      "échanges sécurisés. Feuille de route présentée.",
    summaryAr: "إرساء مشغل يسلم الشهادات الإلكترونية، أساس التوقيع والمبادلات المؤمنة. قُدمت خريطة طريق المشروع.",
    kind: PLATFORM,
    isFlagship: false,
    // Owner not given by the sources; attached to the programme office.
    owner: ORG.dpgov,
    axis: AXIS.foundations,
    status: IN_PROGRESS,
    progress: 0,
    channels: [],
  },
  {
    slug: P.educationIs,
    code: "EGOV-010",
    titleFr: "Système d'information de l'éducation",
    titleAr: "نظام المعلومات الخاص بالتربية الوطنية",
    summaryFr: "Un système d'information pour la gestion du secteur de l'éducation. Feuille de route présentée.",
    summaryAr: "نظام معلومات لتدبير قطاع التربية الوطنية. قُدمت خريطة طريق المشروع.",
    kind: PROJECT,
    isFlagship: false,
    owner: ORG.education,
    axis: AXIS.efficiency,
    status: IN_PROGRESS,
    progress: 0,
    channels: [],
  },
  {
    slug: P.portEdi,
    code: "EGOV-011",
    titleFr: "Système informatique portuaire EDI et guichet unique",
    titleAr: "النظام المعلوماتي المينائي للتبادل الإلكتروني للمعطيات والشباك الوحيد",
    summaryFr:
      "Échange de données informatisé entre les acteurs du passage portuaire des marchandises, avec un " +
      "guichet unique. Feuille de route présentée.",
    summaryAr: "تبادل إلكتروني للمعطيات بين المتدخلين في عبور البضائع بالموانئ، مع شباك وحيد. قُدمت خريطة طريق المشروع.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.ports, // the national ports agency runs the port community system
    axis: AXIS.businesses,
    status: IN_PROGRESS,
    progress: 0,
    channels: [Channel.WEB],
  },

  // ---- services put online (reported at the 11th session)
  {
    slug: P.criminalRecord,
    code: "EGOV-012",
    titleFr: "Demande en ligne du casier judiciaire",
    titleAr: "طلب بطاقة السجل العدلي عبر الإنترنت",
    summaryFr:
      "Demander par Internet un extrait de casier judiciaire. Ouvert à titre pilote le 19 février 2013 " +
      "au tribunal de Casablanca, le service a ensuite gagné celui de Kénitra.",
    summaryAr:
      "طلب بطاقة السجل العدلي عبر الإنترنت. انطلقت الخدمة تجريبيا بمحكمة الدار البيضاء في 19 فبراير 2013، ثم عُممت على محكمة القنيطرة.",
    kind: E_SERVICE,
    isFlagship: false,
    owner: ORG.justice,
    axis: AXIS.citizens,
    status: OPERATIONAL,
    progress: 100,
    channels: [Channel.WEB],
    actualEndOn: "2013-02-19",
  },
  {
    slug: P.consumerPortal,
    code: "EGOV-013",
    titleFr: "Portail du consommateur",
    titleAr: "بوابة المستهلك",
    summaryFr: "Point d'accès unique à l'information et aux démarches de protection du consommateur, ouvert le 5 mars 2013.",
    summaryAr: "نقطة ولوج موحدة إلى المعلومات والإجراءات المتعلقة بحماية المستهلك، أُطلقت في 5 مارس 2013.",
    kind: E_SERVICE,
    isFlagship: false,
    owner: ORG.industry, // consumer protection falls under the commerce ministry
    axis: AXIS.citizens,
    status: OPERATIONAL,
    progress: 100,
    channels: [Channel.WEB],
    actualEndOn: "2013-03-05",
  },
  {
    slug: P.marocMa,
    code: "EGOV-014",
    titleFr: "Portail national maroc.ma (nouvelle version)",
    titleAr: "البوابة الوطنية maroc.ma (الصيغة الجديدة)",
    summaryFr: "Nouvelle version de la porte d'entrée vers les sites et services de l'administration publique.",
    summaryAr: "صيغة جديدة للبوابة التي تقود إلى مواقع الإدارة العمومية وخدماتها.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.communication, // the national portal is edited by the communication ministry
    axis: AXIS.citizens,
    status: OPERATIONAL,
    progress: 100,
    channels: [Channel.WEB],
  },
  {
    slug: P.watiqa,
    code: "EGOV-015",
    titleFr: "Watiqa.ma",
    titleAr: "خدمة Watiqa.ma (وثيقة)",
    summaryFr:
      "Commande en ligne de documents d'état civil auprès des communes. En phase de généralisation : " +
      "29 communes équipées en juin 2013, 127 visées pour fin juillet 2013.",
    summaryAr:
      "طلب وثائق الحالة المدنية من الجماعات عبر الإنترنت. في مرحلة التعميم: 29 جماعة مجهزة في يونيو 2013، والهدف 127 جماعة في نهاية يوليوز 2013.",
    kind: E_SERVICE,
    isFlagship: false,
    owner: ORG.interior, // communes and their civil status offices are under the Interior ministry
    axis: AXIS.citizens,
    // Open in some communes while being rolled out to the rest: in progress, and its
    // progress is the deployment ratio the 11th session gives (29 of 127 communes).
    status: IN_PROGRESS,
    progress: Math.round((29 / 127) * 100),
    channels: [Channel.WEB],
  },

  // ---- reusable applications built by the programme office, and the Post's platform
  {
    slug: P.appointments,
    code: "EGOV-016",
    titleFr: "Prise de rendez-vous en ligne",
    titleAr: "حجز المواعيد عبر الإنترنت",
    summaryFr:
      "Application réutilisable développée par la DPGOV pour réserver un rendez-vous auprès d'une " +
      "administration ; les hôpitaux publics doivent en être équipés.",
    summaryAr: "تطبيق قابل للتقاسم أنجزته مديرية القيادة لحجز موعد لدى الإدارة، ومن المقرر تعميمه على المستشفيات العمومية.",
    kind: SHARED_APPLICATION,
    isFlagship: false,
    owner: ORG.dpgov,
    axis: AXIS.foundations,
    status: IN_PROGRESS,
    progress: 0,
    channels: [Channel.WEB],
  },
  {
    slug: P.housingComplaints,
    code: "EGOV-017",
    titleFr: "Réclamation en ligne du ministère de l'Habitat",
    titleAr: "الشكايات عبر الإنترنت لوزارة السكنى والتعمير وسياسة المدينة",
    summaryFr:
      "Déposer et suivre une réclamation par Internet auprès du ministère de l'Habitat, grâce à une " +
      "application réutilisable développée par la DPGOV.",
    summaryAr: "تقديم الشكايات وتتبعها عبر الإنترنت لدى وزارة السكنى، بالاعتماد على تطبيق قابل للتقاسم أنجزته مديرية القيادة.",
    kind: E_SERVICE,
    isFlagship: false,
    owner: ORG.housing,
    axis: AXIS.citizens,
    status: IN_PROGRESS, // demonstrated in June 2013; no source says it is open
    progress: 0,
    channels: [Channel.WEB],
  },
  {
    slug: P.baridEbox,
    code: "EGOV-018",
    titleFr: "Barid eBox, boîte postale électronique",
    titleAr: "صندوق البريد الإلكتروني Barid eBox",
    summaryFr: "Offre numérique de Barid Al-Maghrib : une boîte postale électronique pour recevoir ses courriers.",
    summaryAr: "عرض ضمن المنصة الرقمية لبريد المغرب: صندوق بريد إلكتروني لتلقي المراسلات.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.post,
    axis: AXIS.citizens,
    status: IN_PROGRESS, // demonstrated in June 2013; no source says it is open
    progress: 0,
    channels: [Channel.WEB],
  },
  {
    slug: P.baridEshop,
    code: "EGOV-019",
    titleFr: "Barid eShop, offre de commerce électronique",
    titleAr: "عرض التجارة الإلكترونية Barid eShop",
    summaryFr: "Offre numérique de Barid Al-Maghrib dédiée au commerce électronique.",
    summaryAr: "عرض التجارة الإلكترونية ضمن المنصة الرقمية لبريد المغرب.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.post,
    axis: AXIS.businesses,
    status: IN_PROGRESS, // demonstrated in June 2013; no source says it is open
    progress: 0,
    channels: [Channel.WEB],
  },

  // ---- announced at the 2nd Moroccan eGov Forum (January 2013). Cross-administration
  // work with no single ministry named: attached to the programme office.
  {
    slug: P.userOneStop,
    code: "EGOV-020",
    titleFr: "Guichet unique usager",
    titleAr: "الشباك الوحيد للمرتفق",
    summaryFr: "Un point d'accès unique avec une seule authentification donnant accès à des services intégrés.",
    summaryAr: "نقطة ولوج موحدة بتعريف واحد تتيح الوصول إلى خدمات مندمجة.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.dpgov,
    axis: AXIS.foundations,
    status: PLANNED,
    progress: 0,
    channels: [Channel.WEB],
  },
  {
    slug: P.exchangeGateway,
    code: "EGOV-021",
    titleFr: "Passerelle d'échange interministérielle",
    titleAr: "منصة التبادل بين الوزارات",
    summaryFr:
      "Les administrations s'échangent directement les informations, au lieu de demander à l'usager " +
      "des pièces justificatives sur papier.",
    summaryAr: "تتبادل الإدارات المعطيات في ما بينها مباشرة، عوض مطالبة المرتفق بوثائق ورقية.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.dpgov,
    axis: AXIS.foundations,
    status: PLANNED,
    progress: 0,
    channels: [],
  },
  {
    slug: P.sharedResources,
    code: "EGOV-022",
    titleFr: "Mutualisation des moyens et des ressources",
    titleAr: "تقاسم الوسائل والموارد بين الإدارات",
    summaryFr: "Partager moyens et ressources entre administrations pour des services plus efficients et homogènes.",
    summaryAr: "تقاسم الوسائل والموارد بين الإدارات من أجل خدمات أكثر نجاعة وانسجاما.",
    kind: PROJECT,
    isFlagship: false,
    owner: ORG.dpgov,
    axis: AXIS.efficiency,
    status: PLANNED,
    progress: 0,
    channels: [],
  },
  {
    slug: P.interoperability,
    code: "EGOV-023",
    titleFr: "Standards d'échange et d'interopérabilité",
    titleAr: "معايير التبادل والتشغيل البيني",
    summaryFr: "Des normes communes d'échange adoptées par toutes les structures de l'administration.",
    summaryAr: "معايير مشتركة للتبادل تعتمدها جميع هياكل الإدارة.",
    kind: PROJECT,
    isFlagship: false,
    owner: ORG.dpgov,
    axis: AXIS.foundations,
    status: PLANNED,
    progress: 0,
    channels: [],
  },
  {
    slug: P.channels,
    code: "EGOV-024",
    titleFr: "Diversification des canaux de délivrance des e-services",
    titleAr: "تنويع قنوات تقديم الخدمات الإلكترونية",
    summaryFr:
      "Rendre les e-services accessibles hors du web : téléphone mobile, serveurs vocaux, centres " +
      "d'appels, et intermédiaires pour qui ne se sert pas d'Internet.",
    summaryAr:
      "تقديم الخدمات الإلكترونية أيضا عبر الهاتف المحمول والخدمات الصوتية ومراكز النداء والوسطاء لفائدة من لا يستعملون الإنترنت.",
    kind: PROJECT,
    isFlagship: false,
    owner: ORG.dpgov,
    axis: AXIS.foundations,
    status: PLANNED,
    progress: 0,
    channels: [Channel.MOBILE, Channel.VOICE, Channel.CALL_CENTRE, Channel.INTERMEDIARY],
  },

  // ---- the programme's own website, launched in 2010 (exact day not given)
  {
    slug: P.programmePortal,
    code: "EGOV-025",
    titleFr: "Site du programme e-gouvernement (egov.ma)",
    titleAr: "الموقع الإلكتروني لبرنامج الحكومة الإلكترونية (egov.ma)",
    summaryFr:
      "Site d'information sur le programme : feuille de route des projets, enquêtes en ligne et espace " +
      "collaboratif pour les parties prenantes.",
    summaryAr: "موقع للتعريف بالبرنامج: خريطة طريق المشاريع، واستطلاعات الرأي عبر الإنترنت، وفضاء تشاركي للمتدخلين.",
    kind: PLATFORM,
    isFlagship: false,
    owner: ORG.dpgov, // the programme's own site, run by its programme office
    axis: AXIS.citizens,
    status: OPERATIONAL,
    progress: 100,
    channels: [Channel.WEB],
  },
];
