import { z } from "zod";
import { loadedAt, optionalText, optionalUrl, requiredText, requireFrenchWithArabic } from "./content-fields";

// An organisation's public identity: names in both languages, acronym, website.

export const ORGANIZATION_FIELDS = ["nameFr", "nameAr", "acronym", "websiteUrl"] as const;

export const organizationSchema = z
  .object({
    loadedAt,
    nameFr: requiredText(200, "errors.nameRequired", 2),
    nameAr: optionalText(200),
    // Acronyms are Latin capitals in both languages on Moroccan public sites (DGSN, ANRT, ADD).
    acronym: optionalText(30).refine((value) => value === null || /^[\p{L}\p{N}][\p{L}\p{N} .&'-]*$/u.test(value), "errors.acronymInvalid"),
    websiteUrl: optionalUrl,
  })
  .superRefine((value, context) => requireFrenchWithArabic(value, context, [["nameFr", "nameAr"]]));

export type OrganizationInput = z.infer<typeof organizationSchema>;
