// The programme's governance: CIGOV, the SPGOVs, DPGOV, and the transitional committee of
// ministers announced at the 11th CIGOV session. Seats are listed by office: the sources
// name only the CIGOV chair of 2013, so no other person is named.
import { GovernanceBodyKind } from "../../lib/generated/prisma/enums";
import { idOf, type SeedContext, type SeedTx } from "./context";
import { ORG } from "./organizations";
import { SOURCE } from "./sources";

export const BODY = {
  cigov: "cigov",
  spgov: "spgov",
  dpgov: "dpgov",
  transitional: "comite-ministres-gouvernance-transitoire",
} as const;

type Text = { fr: string; ar: string };
type SeatSeed = { roleFr: string; roleAr: string; office: Text; org: string; personName?: string };
type BodySeed = {
  slug: string;
  kind: GovernanceBodyKind;
  acronym: string | null;
  name: Text;
  description: Text;
  cadence: Text | null;
  parent: string | null;
  org: string | null;
  source: string;
  missions: Text[];
  seats: SeatSeed[];
};

const MINISTER_OF_INDUSTRY: Text = {
  fr: "Ministre de l'Industrie, du Commerce et des Nouvelles Technologies",
  ar: "وزير الصناعة والتجارة والتكنولوجيات الحديثة",
};

const member = (office: Text, org: string): SeatSeed => ({ roleFr: "Membre", roleAr: "عضو", office, org });

const BODIES: BodySeed[] = [
  {
    slug: BODY.cigov,
    kind: GovernanceBodyKind.CIGOV,
    acronym: "CIGOV",
    name: { fr: "Comité interministériel e-gouvernement", ar: "اللجنة الوزارية المشتركة للحكومة الإلكترونية" },
    description: {
      fr:
        "Instance de pilotage stratégique du programme. Composé au départ de 15 membres permanents issus " +
        "des départements ministériels, il tient une réunion par trimestre, présidée par le ministre chargé " +
        "de l'Industrie, du Commerce et des Nouvelles Technologies. Depuis juin 2013 (11e session), il " +
        "associe l'ensemble des ministères ainsi que les organismes publics les plus impliqués dans le programme.",
      ar:
        "هيئة القيادة الاستراتيجية للبرنامج. تتألف في الأصل من 15 عضوا دائما يمثلون القطاعات الوزارية، " +
        "وتجتمع كل ثلاثة أشهر برئاسة الوزير المكلف بالصناعة والتجارة والتكنولوجيات الحديثة. " +
        "ومنذ دورتها الحادية عشرة (يونيو 2013) أصبحت مفتوحة لجميع الوزارات ولباقي الهيئات العمومية " +
        "المنخرطة بقوة في البرنامج.",
    },
    cadence: { fr: "Trimestrielle", ar: "كل ثلاثة أشهر" },
    parent: null,
    org: ORG.industry,
    source: SOURCE.siteLaunch,
    missions: [
      { fr: "Formuler la vision du programme et ses ambitions.", ar: "صياغة رؤية البرنامج وطموحاته." },
      { fr: "Arrêter la stratégie et le plan d'action.", ar: "تحديد الاستراتيجية ومخطط العمل." },
      {
        fr: "Mesurer l'avancement du programme et ses résultats.",
        ar: "تقييم تقدم البرنامج والنتائج المحققة.",
      },
      { fr: "Suivre la mise en œuvre opérationnelle des projets.", ar: "تتبع التنفيذ العملي للمشاريع." },
    ],
    // The 2013 chair is named by the 11th-session item; the 15 permanent members are not
    // named in any source, so they are not listed (their count is a reported figure).
    seats: [
      {
        roleFr: "Président",
        roleAr: "الرئيس",
        office: MINISTER_OF_INDUSTRY,
        org: ORG.industry,
        personName: "Abdelkader Amara",
      },
    ],
  },
  {
    slug: BODY.spgov,
    kind: GovernanceBodyKind.SPGOV,
    acronym: "SPGOV",
    name: { fr: "Structures de pilotage e-gouvernement", ar: "هياكل قيادة الحكومة الإلكترونية" },
    description: {
      fr:
        "Une structure dans chaque ministère ou établissement public concerné par des projets " +
        "e-gouvernement. Elle conduit la mise en œuvre des projets de son organisation et veille au respect " +
        "du plan arrêté. Un exposé présenté au Conseil de gouvernement leur attribue 40 membres au total.",
      ar:
        "هيكل داخل كل وزارة أو مؤسسة عمومية معنية بمشاريع الحكومة الإلكترونية، يتولى قيادة تنفيذ مشاريع " +
        "مؤسسته والسهر على احترام المخطط المعتمد. وحسب عرض قُدم أمام مجلس الحكومة، يبلغ مجموع أعضائها 40 عضوا.",
    },
    cadence: null,
    parent: null,
    org: null,
    source: SOURCE.governmentCouncil,
    missions: [
      {
        fr: "Conduire la mise en œuvre des projets e-gouvernement de son ministère ou établissement.",
        ar: "قيادة تنفيذ مشاريع الحكومة الإلكترونية داخل الوزارة أو المؤسسة التابعة لها.",
      },
      { fr: "Veiller au respect du plan arrêté.", ar: "السهر على احترام المخطط المعتمد." },
    ],
    seats: [],
  },
  {
    slug: BODY.dpgov,
    kind: GovernanceBodyKind.DPGOV,
    acronym: "DPGOV",
    name: { fr: "Direction de pilotage du programme e-gouvernement", ar: "مديرية قيادة برنامج الحكومة الإلكترونية" },
    description: {
      fr:
        "Équipe rattachée au CIGOV, réunissant des compétences internes et des experts externes. Elle " +
        "épaule le CIGOV et les SPGOV et pilote la réalisation de l'ensemble des projets du programme ; " +
        "elle développe aussi des applications mutualisables mises à la disposition des administrations.",
      ar:
        "فريق تابع للجنة الوزارية المشتركة، يضم كفاءات داخلية وخبراء من خارج الإدارة. يساند اللجنة " +
        "وهياكل القيادة ويقود إنجاز مجموع مشاريع البرنامج، كما يطور تطبيقات قابلة للتقاسم توضع رهن إشارة الإدارات.",
    },
    cadence: null,
    parent: BODY.cigov,
    org: ORG.dpgov,
    source: SOURCE.siteLaunch,
    missions: [
      { fr: "Appuyer le CIGOV et les SPGOV.", ar: "مساعدة اللجنة الوزارية المشتركة وهياكل القيادة." },
      {
        fr: "Conduire la réalisation de tous les projets du programme.",
        ar: "قيادة تنفيذ مجموع المشاريع المدرجة في البرنامج.",
      },
    ],
    seats: [],
  },
  {
    slug: BODY.transitional,
    kind: GovernanceBodyKind.MINISTERIAL_COMMITTEE,
    acronym: null,
    name: {
      fr: "Comité de ministres pour la gouvernance transitoire du programme e-gouvernement",
      ar: "لجنة الوزراء للحكامة الانتقالية لبرنامج الحكومة الإلكترونية",
    },
    description: {
      fr:
        "Comité annoncé lors de la 11e session du CIGOV (7 juin 2013). Placé directement sous l'autorité du " +
        "Chef du gouvernement, il dirige le programme en attendant qu'une agence nationale dédiée à " +
        "l'e-gouvernement soit mise en place ; les missions de cette agence étaient alors encore à valider.",
      ar:
        "لجنة أُعلن عنها خلال الدورة الحادية عشرة للجنة الوزارية المشتركة (7 يونيو 2013). ترفع تقاريرها " +
        "مباشرة إلى رئيس الحكومة، وتتولى حكامة البرنامج إلى حين إحداث الوكالة الوطنية التي ستُكلف بالحكومة " +
        "الإلكترونية، والتي كانت مهامها آنذاك في طور المصادقة.",
    },
    cadence: null,
    parent: null,
    org: ORG.headOfGovernment,
    source: SOURCE.cigov11,
    missions: [
      {
        fr: "Assurer la gouvernance transitoire du programme e-gouvernement.",
        ar: "ضمان الحكامة الانتقالية لبرنامج الحكومة الإلكترونية.",
      },
      { fr: "Rendre compte directement au Chef du gouvernement.", ar: "رفع التقارير مباشرة إلى رئيس الحكومة." },
    ],
    seats: [
      member({ fr: "Chef du gouvernement", ar: "رئيس الحكومة" }, ORG.headOfGovernment),
      member({ fr: "Ministre de l'Intérieur", ar: "وزير الداخلية" }, ORG.interior),
      member({ fr: "Ministre de la Justice et des Libertés", ar: "وزير العدل والحريات" }, ORG.justice),
      member({ fr: "Secrétaire général du gouvernement", ar: "الأمين العام للحكومة" }, ORG.sgg),
      member({ fr: "Ministre de l'Économie et des Finances", ar: "وزير الاقتصاد والمالية" }, ORG.finance),
      member({ fr: "Ministre de l'Équipement et du Transport", ar: "وزير التجهيز والنقل" }, ORG.equipment),
      member(MINISTER_OF_INDUSTRY, ORG.industry),
      member(
        {
          fr: "Ministre délégué auprès du Chef du gouvernement chargé de l'Administration de la Défense nationale",
          ar: "الوزير المنتدب لدى رئيس الحكومة المكلف بإدارة الدفاع الوطني",
        },
        ORG.defence,
      ),
      member(
        {
          fr: "Ministre délégué auprès du Chef du gouvernement chargé de la Fonction publique et de la Modernisation de l'administration",
          ar: "الوزير المنتدب لدى رئيس الحكومة المكلف بالوظيفة العمومية وتحديث الإدارة",
        },
        ORG.publicService,
      ),
      member(
        {
          fr: "Ministre délégué auprès du ministre de l'Économie et des Finances chargé du Budget",
          ar: "الوزير المنتدب لدى وزير الاقتصاد والمالية المكلف بالميزانية",
        },
        ORG.finance,
      ),
    ],
  },
];

export async function seedGovernance(tx: SeedTx, ctx: SeedContext): Promise<void> {
  for (const [index, body] of BODIES.entries()) {
    const row = await tx.governanceBody.create({
      data: {
        slug: body.slug,
        kind: body.kind,
        acronym: body.acronym,
        nameFr: body.name.fr,
        nameAr: body.name.ar,
        descriptionFr: body.description.fr,
        descriptionAr: body.description.ar,
        meetingCadenceFr: body.cadence?.fr ?? null,
        meetingCadenceAr: body.cadence?.ar ?? null,
        parentId: body.parent ? idOf(ctx.bodies, body.parent, "body") : null,
        organizationId: body.org ? idOf(ctx.organizations, body.org, "organization") : null,
        // No source gives a founding date for any body.
        establishedOn: null,
        sourceId: idOf(ctx.sources, body.source, "source"),
        position: index + 1,
        missions: {
          create: body.missions.map((m, i) => ({ position: i + 1, textFr: m.fr, textAr: m.ar })),
        },
        members: {
          create: body.seats.map((seat, i) => ({
            position: i + 1,
            personName: seat.personName ?? null,
            roleFr: seat.roleFr,
            roleAr: seat.roleAr,
            officeFr: seat.office.fr,
            officeAr: seat.office.ar,
            organizationId: idOf(ctx.organizations, seat.org, "organization"),
          })),
        },
      },
    });
    ctx.bodies[body.slug] = row.id;
  }
}
