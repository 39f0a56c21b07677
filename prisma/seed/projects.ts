// Inserts the projects, their dated milestones and the history the sources attest.
// History rows are only written for facts a source states; a fact without a date keeps
// occurredOn null rather than borrowing the article's date.
import { ChangeField, ProjectStatus } from "../../lib/generated/prisma/enums";
import { day, idOf, SEED_ACTOR, type SeedContext, type SeedTx } from "./context";
import { P, PROJECTS } from "./projects-data";
import { SOURCE } from "./sources";

type HistorySeed = {
  project: string;
  field: ChangeField;
  from: ProjectStatus | null;
  to: ProjectStatus;
  reason: string;
  occurredOn: string | null;
  source: string;
};

const ROADMAPS_PRESENTED = [
  P.civilStatus,
  P.visa,
  P.offenceReports,
  P.procurement,
  P.tourismBooking,
  P.certification,
  P.educationIs,
  P.portEdi,
];
const DEMONSTRATED_2013 = [P.appointments, P.housingComplaints, P.baridEbox, P.baridEshop];
const ANNOUNCED_2013 = [P.userOneStop, P.exchangeGateway, P.sharedResources, P.interoperability, P.channels];

const { STATUS, CREATED } = ChangeField;
const { PLANNED, IN_PROGRESS, PILOT, OPERATIONAL } = ProjectStatus;

const HISTORY: HistorySeed[] = [
  ...ROADMAPS_PRESENTED.map((project) => ({
    project,
    field: STATUS,
    from: null,
    to: IN_PROGRESS,
    reason: "Feuille de route présentée (exposé sur le programme devant le Conseil de gouvernement).",
    occurredOn: null,
    source: SOURCE.governmentCouncil,
  })),
  ...[P.companyCreation, P.gid].map((project) => ({
    project,
    field: CREATED,
    from: null,
    to: PLANNED,
    reason: "Inscrit parmi les projets phares à réaliser d'ici 2013.",
    occurredOn: null,
    source: SOURCE.governmentCouncil,
  })),
  {
    project: P.citizenId,
    field: CREATED,
    from: null,
    to: IN_PROGRESS,
    reason: "Chantier phare dont le CIGOV demande d'accélérer la réalisation.",
    occurredOn: "2013-06-07",
    source: SOURCE.cigov11,
  },
  {
    project: P.criminalRecord,
    field: STATUS,
    from: null,
    to: PILOT,
    reason: "Ouverture en pilote au tribunal de Casablanca.",
    occurredOn: "2013-02-19",
    source: SOURCE.cigov11,
  },
  {
    project: P.criminalRecord,
    field: STATUS,
    from: PILOT,
    to: OPERATIONAL,
    reason: "Extension au tribunal de Kénitra (date non précisée par la source).",
    occurredOn: null,
    source: SOURCE.cigov11,
  },
  {
    project: P.consumerPortal,
    field: STATUS,
    from: null,
    to: OPERATIONAL,
    reason: "Lancement du portail.",
    occurredOn: "2013-03-05",
    source: SOURCE.cigov11,
  },
  {
    project: P.marocMa,
    field: STATUS,
    from: null,
    to: OPERATIONAL,
    reason: "Nouvelle version mise en ligne avant la 11e session du CIGOV (date non précisée).",
    occurredOn: null,
    source: SOURCE.cigov11,
  },
  {
    project: P.watiqa,
    field: STATUS,
    from: null,
    to: IN_PROGRESS,
    reason: "Début de la généralisation aux communes.",
    occurredOn: null,
    source: SOURCE.cigov11,
  },
  ...DEMONSTRATED_2013.map((project) => ({
    project,
    field: CREATED,
    from: null,
    to: IN_PROGRESS,
    reason: "Présenté en démonstration lors de la 11e session du CIGOV.",
    occurredOn: "2013-06-07",
    source: SOURCE.cigov11,
  })),
  ...ANNOUNCED_2013.map((project) => ({
    project,
    field: CREATED,
    from: null,
    to: PLANNED,
    reason: "Annoncé parmi les chantiers à venir lors du 2e Moroccan eGov Forum (janvier 2013).",
    occurredOn: null,
    source: SOURCE.egovForum2013,
  })),
  {
    project: P.programmePortal,
    field: STATUS,
    from: null,
    to: OPERATIONAL,
    reason: "Mise en ligne du site du programme, rapportée par la presse le 17 avril 2010.",
    occurredOn: null,
    source: SOURCE.siteLaunch,
  },
];

type MilestoneSeed = {
  project: string;
  titleFr: string;
  titleAr: string;
  plannedOn?: string;
  actualOn?: string;
};

const MILESTONES: MilestoneSeed[] = [
  {
    project: P.criminalRecord,
    titleFr: "Ouverture pilote au tribunal de Casablanca",
    titleAr: "الانطلاق التجريبي بمحكمة الدار البيضاء",
    actualOn: "2013-02-19",
  },
  {
    project: P.consumerPortal,
    titleFr: "Lancement du portail",
    titleAr: "إطلاق البوابة",
    actualOn: "2013-03-05",
  },
  {
    project: P.watiqa,
    titleFr: "127 communes équipées",
    titleAr: "تجهيز 127 جماعة",
    plannedOn: "2013-07-31",
  },
  {
    project: P.appointments,
    titleFr: "Déploiement dans les hôpitaux publics",
    titleAr: "التعميم على المستشفيات العمومية",
  },
];

// Planned end dates the sources imply (also the baseline: it is what was first announced).
// The programme set out to deliver its projects and services "by 2013" (presentation to the
// government council), so the flagships and the roadmaps presented carry that horizon, read
// as 31 December 2013. Watiqa.ma's generalisation to 127 communes was due by the end of
// July 2013 (11th session). Projects announced in 2013 for the years to come get no date.
const HORIZON_2013 = "2013-12-31";
const PLANNED_END: Record<string, string> = {
  ...Object.fromEntries([P.civilStatus, P.companyCreation, P.gid, P.citizenId, ...ROADMAPS_PRESENTED].map((slug) => [slug, HORIZON_2013])),
  [P.watiqa]: "2013-07-31",
};

export async function seedProjects(tx: SeedTx, ctx: SeedContext): Promise<void> {
  for (const p of PROJECTS) {
    const { owner, axis, actualEndOn, ...fields } = p;
    const row = await tx.project.create({
      data: {
        ...fields,
        programmeId: ctx.programmeId,
        ownerOrganizationId: idOf(ctx.organizations, owner, "organization"),
        axisId: idOf(ctx.axes, axis, "axis"),
        actualEndOn: actualEndOn ? day(actualEndOn) : null,
        baselineEndOn: PLANNED_END[p.slug] ? day(PLANNED_END[p.slug]!) : null,
        plannedEndOn: PLANNED_END[p.slug] ? day(PLANNED_END[p.slug]!) : null,
      },
    });
    ctx.projects[p.slug] = row.id;
  }

  const positions = new Map<string, number>();
  for (const m of MILESTONES) {
    const position = (positions.get(m.project) ?? 0) + 1;
    positions.set(m.project, position);
    await tx.milestone.create({
      data: {
        projectId: idOf(ctx.projects, m.project, "project"),
        position,
        titleFr: m.titleFr,
        titleAr: m.titleAr,
        // The first planned date is also the baseline: it is what was announced.
        baselineOn: m.plannedOn ? day(m.plannedOn) : null,
        plannedOn: m.plannedOn ? day(m.plannedOn) : null,
        actualOn: m.actualOn ? day(m.actualOn) : null,
      },
    });
  }

  await tx.projectChange.createMany({
    data: HISTORY.map((h) => ({
      projectId: idOf(ctx.projects, h.project, "project"),
      field: h.field,
      fromValue: h.from,
      toValue: h.to,
      reason: h.reason,
      actorName: SEED_ACTOR,
      sourceId: idOf(ctx.sources, h.source, "source"),
      occurredOn: h.occurredOn ? day(h.occurredOn) : null,
    })),
  });
}
