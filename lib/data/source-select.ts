import type { Prisma } from "../generated/prisma/client";

/** What every page and export shows of a fact's source: one projection for all of them. */
export const sourceSelect = { title: true, publisher: true, publishedOn: true, url: true } satisfies Prisma.SourceSelect;
