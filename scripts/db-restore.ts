// `npm run db:restore -- FILE [--replace]`: restores a dump made by `npm run db:backup` into
// DATABASE_URL or the embedded database. The database must be empty: a restore never mixes two
// datasets. `--replace` drops the database's public schema first (all its data), in the same
// transaction as the restore, so a failed restore leaves the old data in place.
import path from "node:path";
import { BackupError, restoreBackup } from "./lib/backup";
import { withTargetDatabase } from "./lib/backup-target";

const log = (message: string) => console.log(`[db:restore] ${message}`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const files = args.filter((arg) => !arg.startsWith("--"));
  if (files.length !== 1) throw new BackupError("usage: npm run db:restore -- FILE [--replace]");
  const file = path.resolve(files[0]!);
  const started = Date.now();
  const summary = await withTargetDatabase(log, (url) => restoreBackup(url, file, { replace }, log));
  log(
    `restored ${summary.tables} tables, ${summary.rows} rows from ${path.relative(process.cwd(), file)} ` +
      `(backup of ${summary.createdAt}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[db:restore] error: ${error instanceof BackupError ? message : message.split("\n")[0]}`);
  process.exit(1);
});
