import type { GovernanceBodyKind } from "./generated/prisma/enums";

export type TierId = "strategic" | "programme" | "projects";

/**
 * The programme's three levels of governance, top down. The transitional committee of
 * ministers (2013) sits at the strategic level beside the interministerial committee.
 */
export const TIERS: ReadonlyArray<{ id: TierId; kinds: readonly GovernanceBodyKind[] }> = [
  { id: "strategic", kinds: ["CIGOV", "MINISTERIAL_COMMITTEE"] },
  { id: "programme", kinds: ["DPGOV"] },
  { id: "projects", kinds: ["SPGOV"] },
];

export function tierOf(kind: GovernanceBodyKind): TierId {
  return TIERS.find((tier) => tier.kinds.includes(kind))?.id ?? "strategic";
}

/** Bodies grouped by tier, tiers in order, each keeping the bodies' own order. */
export function groupByTier<T extends { kind: GovernanceBodyKind }>(bodies: T[]): Array<{ id: TierId; bodies: T[] }> {
  return TIERS.map((tier) => ({ id: tier.id, bodies: bodies.filter((body) => tierOf(body.kind) === tier.id) }));
}
