// The documents the programme's facts come from, and the figures they report.
// Dates are the ones printed in each document; a document that prints none gets null
// rather than a guessed date.
import { SourceKind } from "../../lib/generated/prisma/enums";
import { day, idOf, type SeedContext, type SeedTx } from "./context";

export const SOURCE = {
  /** L'Opinion article on the launch of the programme's website. The seed set holds it
   *  twice (once without its header): it is one document, so one row. */
  siteLaunch: "lopinion-2010-04-17",
  /** Press dispatch on the programme's presentation to the Government Council; it prints
   *  no date and no outlet. */
  governmentCouncil: "depeche-conseil-de-gouvernement",
  /** The programme portal's own news item on the 11th CIGOV session. */
  cigov11: "egov-ma-cigov-11e-session",
  /** Finances News article on the 2nd Moroccan eGov Forum. */
  egovForum2013: "finances-news-2013-01-31",
  /** This portal's own classifications and illustrative content. */
  editorial: "portail-editorial",
} as const;

type SourceSeed = {
  key: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  kind: SourceKind;
};

const SOURCES: SourceSeed[] = [
  {
    key: SOURCE.siteLaunch,
    title: "Le programme de l'e-gouvernement en ligne",
    publisher: "L'Opinion",
    publishedOn: "2010-04-17",
    kind: SourceKind.PRESS,
  },
  {
    key: SOURCE.governmentCouncil,
    // The dispatch has no headline: this title describes it.
    title: "Exposé sur le programme e-gouvernement devant le Conseil de gouvernement (dépêche de presse)",
    publisher: null,
    publishedOn: null,
    kind: SourceKind.PRESS,
  },
  {
    key: SOURCE.cigov11,
    title: "11ème Session du Comité Inter-ministériel e-Gouvernement CIGOV",
    publisher: "Portail du programme e-gouvernement (egov.ma)",
    publishedOn: "2013-06-07",
    kind: SourceKind.OFFICIAL,
  },
  {
    key: SOURCE.egovForum2013,
    title: "Maroc Numeric : Coup d'accélérateur à la stratégie Egov !",
    publisher: "Finances News",
    publishedOn: "2013-01-31",
    kind: SourceKind.PRESS,
  },
  {
    key: SOURCE.editorial,
    title: "Contenus éditoriaux du portail (classification des projets, enquête d'exemple)",
    publisher: "Portail e-gouvernement",
    publishedOn: null,
    kind: SourceKind.EDITORIAL,
  },
];

type FigureSeed = {
  subject: string;
  labelFr: string;
  labelAr: string;
  value: number;
  unitFr: string;
  unitAr: string;
  /** null when the source prints no date: such a figure is kept here but not inserted,
   *  because ReportedFigure.asOf is required and a guessed date would be false. */
  asOf: string | null;
  source: string;
};

export const REPORTED_FIGURES: FigureSeed[] = [
  {
    subject: "cigov.permanent-members",
    labelFr: "Membres permanents du CIGOV",
    labelAr: "الأعضاء الدائمون في اللجنة الوزارية المشتركة للحكومة الإلكترونية",
    value: 15,
    unitFr: "membres",
    unitAr: "عضوا",
    asOf: "2010-04-17",
    source: SOURCE.siteLaunch,
  },
  {
    subject: "maroc-numeric.axes",
    labelFr: "Axes de développement du plan Maroc Numeric 2013",
    labelAr: "محاور التنمية في مخطط المغرب الرقمي 2013",
    value: 4,
    unitFr: "axes",
    unitAr: "محاور",
    asOf: "2013-01-31",
    source: SOURCE.egovForum2013,
  },
  {
    subject: "spgov.members",
    labelFr: "Membres des structures de pilotage e-gouvernement (SPGOV)",
    labelAr: "أعضاء هياكل قيادة الحكومة الإلكترونية",
    value: 40,
    unitFr: "membres",
    unitAr: "عضوا",
    asOf: null, // the dispatch is undated
    source: SOURCE.governmentCouncil,
  },
  {
    subject: "programme.roadmaps-presented",
    labelFr: "Feuilles de route de projets présentées",
    labelAr: "خرائط الطريق المقدمة للمشاريع",
    value: 12,
    unitFr: "feuilles de route",
    unitAr: "خريطة طريق",
    asOf: null, // the dispatch is undated
    source: SOURCE.governmentCouncil,
  },
];

export async function seedSources(tx: SeedTx, ctx: SeedContext): Promise<void> {
  for (const s of SOURCES) {
    const row = await tx.source.create({
      data: {
        key: s.key,
        title: s.title,
        publisher: s.publisher,
        publishedOn: s.publishedOn ? day(s.publishedOn) : null,
        kind: s.kind,
      },
    });
    ctx.sources[s.key] = row.id;
  }
  const dated = REPORTED_FIGURES.filter((f) => f.asOf !== null);
  await tx.reportedFigure.createMany({
    data: dated.map((f) => ({
      subject: f.subject,
      labelFr: f.labelFr,
      labelAr: f.labelAr,
      value: f.value,
      unitFr: f.unitFr,
      unitAr: f.unitAr,
      asOf: day(f.asOf as string),
      sourceId: idOf(ctx.sources, f.source, "source"),
    })),
  });
}
