// `npm run build`: always rebuilds, and records the source hash so `npm start` can reuse it.
import { buildApp } from "./lib/build";

buildApp().catch((error: unknown) => {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
