import "server-only";
import { db } from "../db";

/** Organisations for staff choice lists (account binding, ownership). */
export function findOrganizationChoices() {
  return db.organization.findMany({ orderBy: { nameFr: "asc" }, select: { id: true, nameFr: true, nameAr: true, acronym: true } });
}
