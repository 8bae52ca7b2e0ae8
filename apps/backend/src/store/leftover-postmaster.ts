import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A backend killed hard leaves its embedded postmaster running, holding the cluster.
 * Ask that postmaster for a fast shutdown (SIGINT) so this start can take the cluster over.
 */
export async function stopLeftoverPostmaster(
  clusterDir: string,
  log: (msg: string) => void,
): Promise<void> {
  const pidText = await readFile(join(clusterDir, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number(pidText.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping a PostgreSQL left running by an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid))
    throw new Error(`PostgreSQL pid ${pid} still holds ${clusterDir}; stop it and start again`);
}
