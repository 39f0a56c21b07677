// `npm run db:backup [-- --output FILE]`: a consistent, timestamped dump of DATABASE_URL or of
// the embedded database (started for the occasion if `npm start` is not running), by default
// backups/egov-YYYYMMDD-HHMMSS.dump (UTC). Restore it with `npm run db:restore -- FILE`.
import path from "node:path";
import { BackupError, defaultBackupFile, fileSha256, writeBackup } from "./lib/backup";
import { withTargetDatabase } from "./lib/backup-target";

const log = (message: string) => console.log(`[db:backup] ${message}`);

function outputFile(argv: string[]): string {
  const index = argv.findIndex((arg) => arg === "--output" || arg === "-o");
  if (index === -1) return defaultBackupFile();
  const value = argv[index + 1];
  if (!value) throw new BackupError("--output needs a file name");
  return path.resolve(value);
}

async function main(): Promise<void> {
  const file = outputFile(process.argv.slice(2));
  const started = Date.now();
  const summary = await withTargetDatabase(log, (url) => writeBackup(url, file, log));
  log(`wrote ${path.relative(process.cwd(), summary.file)} in ${((Date.now() - started) / 1000).toFixed(1)} s (sha256 ${await fileSha256(summary.file)})`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[db:backup] error: ${error instanceof BackupError ? message : message.split("\n")[0]}`);
  process.exit(1);
});
