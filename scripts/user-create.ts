// `npm run user:create -- --email someone@example.ma --role ADMIN [--name "…"] [--organization <slug>]`
// Creates an account on DATABASE_URL (or the embedded .data/ database) and prints a one-time
// set-password link: how the first administrator of a real deployment gets in.
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createInvitation, INVITATION_HOURS } from "../lib/accounts/invitation";
import { Role } from "../lib/generated/prisma/enums";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { projectRoot } from "./lib/paths";
import { withPrisma } from "./lib/prisma-script";

const USAGE = "usage: npm run user:create -- --email <address> --role <ADMIN|DPGOV_EDITOR|SPGOV_EDITOR|MODERATOR|STAKEHOLDER> [--name <name>] [--organization <slug>] [--base-url <url>]";

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().email("--email must be an email address"),
  role: z.enum(Role, { message: `--role must be one of ${Object.values(Role).join(", ")}` }),
  name: z.string().trim().min(2).max(120).optional(),
  organization: z.string().trim().optional(),
  "base-url": z.string().url().optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, organization: { type: "string" }, "base-url": { type: "string" } }, strict: true });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}\n${USAGE}`);
  const args = parsed.data;
  if (args.role === "SPGOV_EDITOR" && !args.organization) throw new Error("an SPGOV_EDITOR needs --organization <slug>");

  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase({ dataDir: path.resolve(process.env.EGOV_DATA_DIR ?? path.join(projectRoot, ".data")), database: "egov" });
    url = embedded.url;
  }
  try {
    await applyMigrations(url, () => {});
    const token = await withPrisma(url, async (prisma) => {
      const organization = args.organization ? await prisma.organization.findUnique({ where: { slug: args.organization }, select: { id: true } }) : null;
      if (args.organization && !organization) throw new Error(`no organisation with slug "${args.organization}"`);
      if (await prisma.user.findUnique({ where: { email: args.email }, select: { id: true } })) throw new Error(`an account with ${args.email} already exists`);
      const { token } = await prisma.$transaction((tx) => createInvitation(tx, { email: args.email, name: args.name ?? args.email.split("@")[0]!, role: args.role, organizationId: organization?.id ?? null }, null));
      return token;
    });
    const base = (args["base-url"] ?? process.env.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
    console.log(`created ${args.role} account ${args.email}`);
    console.log(`one-time link to choose the password (valid ${INVITATION_HOURS} hours, shown only now):`);
    console.log(`${base}/fr/set-password?token=${token}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`user:create: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
