// Stops a child (PostgreSQL or the Next server) if the process that started it dies
// without cleaning up (kill -9, a crashed terminal), so no orphan keeps the port or data.
// Usage: node guardian.mjs <parentPid> <childPid> <signal>
const [parentPid, childPid, signal] = process.argv.slice(2);
const alive = (pid) => {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};
const timer = setInterval(() => {
  if (!alive(childPid)) {
    clearInterval(timer);
    return;
  }
  if (!alive(parentPid)) {
    try {
      process.kill(Number(childPid), signal);
    } catch {
      // already gone
    }
    clearInterval(timer);
  }
}, 500);
