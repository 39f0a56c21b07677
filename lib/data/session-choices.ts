import "server-only";
import { db } from "../db";

/** CIGOV sessions, newest first, for "approved by session" choices in staff forms. */
export function findSessionChoices() {
  return db.committeeSession.findMany({ where: { body: { kind: "CIGOV" } }, orderBy: { number: "desc" }, select: { number: true, heldOn: true } });
}
