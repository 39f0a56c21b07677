// Length limits shared by the schemas and the forms that show them. Kept apart from the zod
// schemas so a client component can import them without shipping zod to the browser (zod
// also probes `new Function` at first use, which the Content-Security-Policy forbids).

/** Longest reason accepted for a change to a project (characters). */
export const REASON_MAX_LENGTH = 1000;
