// The programme itself and the portal's editorial classification of its projects.
import type { SeedContext, SeedTx } from "./context";

/** The seed's marker: a database holding this programme is already seeded. */
export const PROGRAMME_SLUG = "e-gouvernement";

export async function seedProgramme(tx: SeedTx, ctx: SeedContext): Promise<void> {
  const programme = await tx.programme.create({
    data: {
      slug: PROGRAMME_SLUG,
      nameFr: "Programme e-gouvernement",
      nameAr: "برنامج الحكومة الإلكترونية",
      planNameFr: "Maroc Numeric 2013",
      planNameAr: "المغرب الرقمي 2013",
      summaryFr:
        "Deuxième des quatre axes de la stratégie nationale Maroc Numeric 2013, lancée en octobre 2009, " +
        "le programme e-gouvernement vise 89 projets et services à l'horizon 2013, dont 15 projets phares, " +
        "pour un coût total de 2,2 milliards de dirhams. Il suit un master plan 2009-2013 décliné en plans " +
        "d'actions annuels, à commencer par celui de 2010.",
      summaryAr:
        "يشكل برنامج الحكومة الإلكترونية المحور الثاني من المحاور الأربعة للاستراتيجية الوطنية «المغرب الرقمي 2013» " +
        "التي أُطلقت في أكتوبر 2009. ويهدف إلى إنجاز 89 مشروعا وخدمة في أفق سنة 2013، من بينها 15 مشروعا رائدا، " +
        "بكلفة إجمالية تبلغ 2,2 مليار درهم، وذلك وفق مخطط توجيهي للفترة 2009-2013 يُنفَّذ عبر مخططات عمل سنوية، " +
        "أولها مخطط سنة 2010.",
      purposeFr:
        "Mettre l'administration au service des citoyens et des entreprises : des démarches plus simples, " +
        "plus rapides et plus transparentes, accessibles en ligne et par d'autres canaux.",
      purposeAr:
        "وضع الإدارة في خدمة المواطنين والمقاولات عبر مساطر أبسط وأسرع وأكثر شفافية، " +
        "متاحة عبر الإنترنت وعبر قنوات أخرى.",
      planAxisNumber: 2,
      planAxisCount: 4,
      // The sources give the month (October 2009) but not the day; a date column cannot
      // hold a month alone, so it stays null and the summary carries the month.
      planLaunchedOn: null,
      startYear: 2009,
      endYear: 2013,
      targetProjects: 89,
      targetFlagships: 15,
      budgetAmount: "2200000000.00",
      budgetCurrency: "MAD",
    },
  });
  ctx.programmeId = programme.id;

  for (const [position, axis] of AXES.entries()) {
    const row = await tx.axis.create({
      data: { ...axis, programmeId: programme.id, position: position + 1 },
    });
    ctx.axes[axis.slug] = row.id;
  }
}

// The sources define no e-gov axes: this grouping is the portal's own, and each
// description says so.
const EDITORIAL_NOTE_FR = " Classification éditoriale établie par le portail, non issue des documents du programme.";
const EDITORIAL_NOTE_AR = " تصنيف تحريري وضعته البوابة، وليس مأخوذا من وثائق البرنامج.";

export const AXIS = {
  citizens: "services-aux-citoyens",
  businesses: "services-aux-entreprises",
  efficiency: "efficacite-administration",
  foundations: "socles-communs",
} as const;

const AXES = [
  {
    slug: AXIS.citizens,
    titleFr: "Services aux citoyens",
    titleAr: "خدمات لفائدة المواطنين",
    descriptionFr: "Démarches et informations destinées aux particuliers." + EDITORIAL_NOTE_FR,
    descriptionAr: "المساطر والمعلومات الموجهة إلى الأفراد." + EDITORIAL_NOTE_AR,
  },
  {
    slug: AXIS.businesses,
    titleFr: "Services aux entreprises",
    titleAr: "خدمات لفائدة المقاولات",
    descriptionFr: "Démarches des entreprises et des professionnels." + EDITORIAL_NOTE_FR,
    descriptionAr: "مساطر المقاولات والمهنيين." + EDITORIAL_NOTE_AR,
  },
  {
    slug: AXIS.efficiency,
    titleFr: "Efficacité de l'administration",
    titleAr: "نجاعة الإدارة",
    descriptionFr: "Systèmes internes qui rendent l'administration plus rapide et plus sûre." + EDITORIAL_NOTE_FR,
    descriptionAr: "الأنظمة الداخلية التي تجعل الإدارة أسرع وأكثر أمانا." + EDITORIAL_NOTE_AR,
  },
  {
    slug: AXIS.foundations,
    titleFr: "Socles communs",
    titleAr: "الأسس المشتركة",
    descriptionFr:
      "Briques partagées par plusieurs administrations : identification, échanges, standards, canaux." +
      EDITORIAL_NOTE_FR,
    descriptionAr: "مكونات تتقاسمها عدة إدارات: التعريف والتبادل والمعايير وقنوات التواصل." + EDITORIAL_NOTE_AR,
  },
];
