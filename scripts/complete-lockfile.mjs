// `npm run lockfile:complete`, after any `npm install`: adds to package-lock.json the
// platform-specific optional packages (e.g. @next/swc-darwin-arm64) that the registry
// mirror here does not serve. npm leaves them out of the lock when it cannot fetch them,
// and `npm ci` then refuses the lock as out of sync. The added entries carry only name,
// version, os and cpu: npm skips them on other platforms and fetches them normally on a
// machine of that platform with the full registry.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

const OS = ["darwin", "win32", "freebsd", "android", "openharmony", "linux"];
const CPU = [["arm64", "arm64"], ["x64", "x64"], ["ia32", "ia32"], ["arm-", "arm"], ["armv7", "arm"], ["ppc64", "ppc64"], ["s390x", "s390x"], ["riscv64", "riscv64"], ["loong64", "loong64"], ["wasm32", "wasm32"]];

function platformOf(name) {
  const base = name.split("/").pop();
  const os = OS.find((candidate) => base.includes(candidate));
  const cpu = CPU.find(([marker]) => base.includes(marker))?.[1];
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (packages[nested] || packages[top]) continue;
    packages[top] = { version, optional: true, ...platformOf(name) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`lockfile: ${added} platform package entr${added === 1 ? "y" : "ies"} added`);
