// One illustrative survey, so the survey pages have something to show on a fresh install.
// It is marked isIllustrative and says so; it has no responses.
import { QuestionKind, SurveyKind } from "../../lib/generated/prisma/enums";
import { idOf, type SeedContext, type SeedTx } from "./context";
import { P } from "./projects-data";

export const ILLUSTRATIVE_SURVEY_SLUG = "avis-portail-et-projets";

type Text = { fr: string; ar: string };
type QuestionSeed = {
  kind: QuestionKind;
  prompt: Text;
  help?: Text;
  isRequired: boolean;
  minChoices?: number;
  maxChoices?: number;
  maxLength?: number;
  project?: string;
  options?: Text[];
};

const RATING_HELP: Text = {
  fr: "De 1 (pas du tout) à 5 (tout à fait).",
  ar: "من 1 (لا، إطلاقا) إلى 5 (نعم، تماما).",
};
const RELEVANCE_HELP: Text = {
  fr: "De 1 (pas pertinent) à 5 (très pertinent).",
  ar: "من 1 (غير ملائمة) إلى 5 (ملائمة جدا).",
};

const projectRating = (project: string): QuestionSeed => ({
  kind: QuestionKind.PROJECT_RATING,
  prompt: { fr: "Quelle est la pertinence de ce service pour vous ?", ar: "ما مدى ملاءمة هذه الخدمة لاحتياجاتك؟" },
  help: RELEVANCE_HELP,
  isRequired: false,
  project,
});

const QUESTIONS: QuestionSeed[] = [
  {
    kind: QuestionKind.SINGLE_CHOICE,
    prompt: { fr: "Vous consultez ce portail en tant que :", ar: "تتصفح هذه البوابة بصفتك:" },
    isRequired: true,
    options: [
      { fr: "Citoyen", ar: "مواطن" },
      { fr: "Représentant d'une entreprise", ar: "ممثل مقاولة" },
      { fr: "Agent de l'administration", ar: "موظف في الإدارة" },
      { fr: "Étudiant ou chercheur", ar: "طالب أو باحث" },
      { fr: "Journaliste", ar: "صحفي" },
      { fr: "Autre", ar: "صفة أخرى" },
    ],
  },
  {
    kind: QuestionKind.MULTIPLE_CHOICE,
    prompt: {
      fr: "Quelles rubriques vous sont les plus utiles ? (trois au plus)",
      ar: "ما هي أقسام البوابة الأكثر فائدة بالنسبة إليك؟ (ثلاثة على الأكثر)",
    },
    isRequired: true,
    minChoices: 1,
    maxChoices: 3,
    options: [
      { fr: "Feuille de route des projets", ar: "خريطة طريق المشاريع" },
      { fr: "Gouvernance et sessions du comité", ar: "الحكامة ودورات اللجنة" },
      { fr: "Indicateurs", ar: "المؤشرات" },
      { fr: "Actualités", ar: "المستجدات" },
      { fr: "Enquêtes", ar: "استطلاعات الرأي" },
      { fr: "Espace collaboratif", ar: "الفضاء التشاركي" },
    ],
  },
  {
    kind: QuestionKind.RATING,
    prompt: {
      fr: "Le portail vous permet-il de suivre l'avancement du programme ?",
      ar: "هل تمكنك البوابة من تتبع مدى تقدم البرنامج؟",
    },
    help: RATING_HELP,
    isRequired: true,
  },
  projectRating(P.criminalRecord),
  projectRating(P.consumerPortal),
  projectRating(P.marocMa),
  {
    kind: QuestionKind.FREE_TEXT,
    prompt: {
      fr: "Vos suggestions pour améliorer le portail ou les projets",
      ar: "اقتراحاتك لتحسين البوابة أو المشاريع",
    },
    help: {
      fr: "Facultatif. N'indiquez pas de données personnelles.",
      ar: "اختياري. يرجى عدم ذكر أي معطيات شخصية.",
    },
    isRequired: false,
    maxLength: 1000,
  },
];

export async function seedSurveys(tx: SeedTx, ctx: SeedContext): Promise<void> {
  await tx.survey.create({
    data: {
      slug: ILLUSTRATIVE_SURVEY_SLUG,
      kind: SurveyKind.SITE_FEEDBACK,
      titleFr: "Votre avis sur le portail et les projets",
      titleAr: "رأيك في البوابة والمشاريع",
      descriptionFr:
        "Enquête d'exemple fournie avec le portail pour en montrer le fonctionnement : elle porte sur " +
        "l'utilité du site et la pertinence de quelques services en ligne. Les équipes du programme la " +
        "remplacent par leurs propres enquêtes.",
      descriptionAr:
        "استطلاع نموذجي مرفق بالبوابة لبيان طريقة اشتغالها، يتناول فائدة الموقع ومدى ملاءمة بعض الخدمات الإلكترونية. " +
        "وتعوضه فرق البرنامج باستطلاعاتها الخاصة.",
      // Open from the day of seeding with no end: there is always an open survey to try.
      opensAt: ctx.seededAt,
      closesAt: null,
      // Results are public from the start, so the results page can be tried too.
      resultsPublishedAt: ctx.seededAt,
      isIllustrative: true,
      questions: {
        create: QUESTIONS.map((q, i) => ({
          position: i + 1,
          kind: q.kind,
          promptFr: q.prompt.fr,
          promptAr: q.prompt.ar,
          helpFr: q.help?.fr ?? null,
          helpAr: q.help?.ar ?? null,
          isRequired: q.isRequired,
          minChoices: q.minChoices ?? null,
          maxChoices: q.maxChoices ?? null,
          maxLength: q.maxLength ?? null,
          projectId: q.project ? idOf(ctx.projects, q.project, "project") : null,
          options: q.options
            ? { create: q.options.map((o, j) => ({ position: j + 1, labelFr: o.fr, labelAr: o.ar })) }
            : undefined,
        })),
      },
    },
  });
}
