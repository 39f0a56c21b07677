import "server-only";
import { db } from "../db";

/** True when the database answers a trivial query within the time limit. */
export async function isDatabaseReachable(timeoutMs = 3_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  // Inside a promise chain: a configuration error thrown on first use is "unreachable" too.
  const probe = Promise.resolve()
    .then(() => db.$queryRaw`SELECT 1`)
    .then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
