// Ministries and public bodies that own projects or hold a seat in a governance body.
// Names are the official ones of the 2012-2013 government, the period of the latest source.
import { OrganizationKind } from "../../lib/generated/prisma/enums";
import type { SeedContext, SeedTx } from "./context";

export const ORG = {
  industry: "ministere-industrie-commerce-nouvelles-technologies",
  dpgov: "dpgov",
  interior: "ministere-interieur",
  justice: "ministere-justice-libertes",
  finance: "ministere-economie-finances",
  communication: "ministere-communication",
  foreignAffairs: "ministere-affaires-etrangeres-cooperation",
  tourism: "ministere-tourisme",
  education: "ministere-education-nationale",
  housing: "ministere-habitat-urbanisme-politique-ville",
  equipment: "ministere-equipement-transport",
  headOfGovernment: "chef-du-gouvernement",
  sgg: "secretariat-general-du-gouvernement",
  defence: "administration-defense-nationale",
  publicService: "ministere-fonction-publique-modernisation-administration",
  ports: "agence-nationale-des-ports",
  post: "barid-al-maghrib",
} as const;

type OrgSeed = { slug: string; kind: OrganizationKind; nameFr: string; nameAr: string; acronym?: string };

const ORGANIZATIONS: OrgSeed[] = [
  {
    slug: ORG.industry,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de l'Industrie, du Commerce et des Nouvelles Technologies",
    nameAr: "وزارة الصناعة والتجارة والتكنولوجيات الحديثة",
  },
  {
    slug: ORG.dpgov,
    kind: OrganizationKind.PROGRAMME_OFFICE,
    nameFr: "Direction de pilotage du programme e-gouvernement",
    nameAr: "مديرية قيادة برنامج الحكومة الإلكترونية",
    acronym: "DPGOV",
  },
  { slug: ORG.interior, kind: OrganizationKind.MINISTRY, nameFr: "Ministère de l'Intérieur", nameAr: "وزارة الداخلية" },
  {
    slug: ORG.justice,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de la Justice et des Libertés",
    nameAr: "وزارة العدل والحريات",
  },
  {
    slug: ORG.finance,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de l'Économie et des Finances",
    nameAr: "وزارة الاقتصاد والمالية",
  },
  {
    slug: ORG.communication,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de la Communication",
    nameAr: "وزارة الاتصال",
  },
  {
    slug: ORG.foreignAffairs,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère des Affaires étrangères et de la Coopération",
    nameAr: "وزارة الشؤون الخارجية والتعاون",
  },
  { slug: ORG.tourism, kind: OrganizationKind.MINISTRY, nameFr: "Ministère du Tourisme", nameAr: "وزارة السياحة" },
  {
    slug: ORG.education,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de l'Éducation nationale",
    nameAr: "وزارة التربية الوطنية",
  },
  {
    slug: ORG.housing,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de l'Habitat, de l'Urbanisme et de la Politique de la ville",
    nameAr: "وزارة السكنى والتعمير وسياسة المدينة",
  },
  {
    slug: ORG.equipment,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de l'Équipement et du Transport",
    nameAr: "وزارة التجهيز والنقل",
  },
  {
    slug: ORG.headOfGovernment,
    kind: OrganizationKind.OTHER,
    nameFr: "Chef du gouvernement",
    nameAr: "رئاسة الحكومة",
  },
  {
    slug: ORG.sgg,
    kind: OrganizationKind.OTHER,
    nameFr: "Secrétariat général du gouvernement",
    nameAr: "الأمانة العامة للحكومة",
    acronym: "SGG",
  },
  {
    slug: ORG.defence,
    kind: OrganizationKind.OTHER,
    nameFr: "Administration de la Défense nationale",
    nameAr: "إدارة الدفاع الوطني",
  },
  {
    slug: ORG.publicService,
    kind: OrganizationKind.MINISTRY,
    nameFr: "Ministère de la Fonction publique et de la Modernisation de l'administration",
    nameAr: "وزارة الوظيفة العمومية وتحديث الإدارة",
  },
  {
    slug: ORG.ports,
    kind: OrganizationKind.PUBLIC_BODY,
    nameFr: "Agence nationale des ports",
    nameAr: "الوكالة الوطنية للموانئ",
    acronym: "ANP",
  },
  {
    slug: ORG.post,
    kind: OrganizationKind.PUBLIC_COMPANY,
    nameFr: "Barid Al-Maghrib (la Poste)",
    nameAr: "بريد المغرب",
  },
];

export async function seedOrganizations(tx: SeedTx, ctx: SeedContext): Promise<void> {
  for (const org of ORGANIZATIONS) {
    const row = await tx.organization.create({ data: { ...org, acronym: org.acronym ?? null } });
    ctx.organizations[org.slug] = row.id;
  }
}
