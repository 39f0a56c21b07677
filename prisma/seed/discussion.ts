// Categories of the collaborative space. No posts: the space starts empty rather than
// with invented messages. Who may read (lib/data/space-access.ts): the general and
// flagship-project categories are public, read by everyone and where stakeholders post (the
// programme's activity is public); session categories are not public: they are the staff's
// working rooms for preparing and following up the committee, read by staff roles only.
import { CategoryKind } from "../../lib/generated/prisma/enums";
import { idOf, type SeedContext, type SeedTx } from "./context";
import { P } from "./projects-data";
import { SESSION } from "./sessions";

type CategorySeed = {
  slug: string;
  kind: CategoryKind;
  titleFr: string;
  titleAr: string;
  descriptionFr: string;
  descriptionAr: string;
  isPublic: boolean;
  project?: string;
  session?: string;
};

const flagshipCategory = (project: string, titleFr: string, titleAr: string): CategorySeed => ({
  slug: `projet-${project}`,
  kind: CategoryKind.PROJECT,
  titleFr,
  titleAr,
  descriptionFr: `Questions, retours et suivi du projet phare « ${titleFr} ».`,
  descriptionAr: `أسئلة وملاحظات وتتبع المشروع الرائد «${titleAr}».`,
  isPublic: true,
  project,
});

const sessionCategory = (session: string, ordinalFr: string, ordinalAr: string): CategorySeed => ({
  slug: `session-${session}`,
  kind: CategoryKind.SESSION,
  titleFr: `${ordinalFr} session du CIGOV`,
  titleAr: `الدورة ${ordinalAr} للجنة الوزارية المشتركة`,
  descriptionFr: `Préparation et suivi des travaux de la ${ordinalFr} session.`,
  descriptionAr: `التحضير لأشغال الدورة ${ordinalAr} وتتبعها.`,
  isPublic: false,
  session,
});

const CATEGORIES: CategorySeed[] = [
  {
    slug: "echanges-generaux",
    kind: CategoryKind.GENERAL,
    titleFr: "Échanges sur le programme",
    titleAr: "نقاشات حول البرنامج",
    descriptionFr: "Discussions ouvertes sur les activités du programme e-gouvernement.",
    descriptionAr: "نقاشات مفتوحة حول أنشطة برنامج الحكومة الإلكترونية.",
    isPublic: true,
  },
  sessionCategory(SESSION.first, "1re", "الأولى"),
  sessionCategory(SESSION.eleventh, "11e", "الحادية عشرة"),
  flagshipCategory(P.civilStatus, "Modernisation de l'état civil", "تحديث الحالة المدنية"),
  flagshipCategory(P.companyCreation, "Création d'entreprises en ligne", "إحداث المقاولات عبر الإنترنت"),
  flagshipCategory(P.gid, "Gestion intégrée de la dépense publique (GID)", "التدبير المندمج للنفقات العمومية"),
  flagshipCategory(P.citizenId, "Identifiant unique du citoyen", "المعرف الوحيد للمواطن"),
];

export async function seedDiscussion(tx: SeedTx, ctx: SeedContext): Promise<void> {
  await tx.discussionCategory.createMany({
    data: CATEGORIES.map((c, i) => ({
      slug: c.slug,
      kind: c.kind,
      titleFr: c.titleFr,
      titleAr: c.titleAr,
      descriptionFr: c.descriptionFr,
      descriptionAr: c.descriptionAr,
      isPublic: c.isPublic,
      position: i + 1,
      projectId: c.project ? idOf(ctx.projects, c.project, "project") : null,
      sessionId: c.session ? idOf(ctx.sessions, c.session, "session") : null,
    })),
  });
}
