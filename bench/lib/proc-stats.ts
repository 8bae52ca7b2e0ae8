import { readdirSync, readFileSync } from "node:fs";

// Linux reports CPU time in clock ticks; 100 per second on every common build.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return -1;
  }
}

/** The postmaster and every process it started (backends, walwriter, checkpointer, …). */
export function processTree(root: number): number[] {
  const pids = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  return [root, ...pids.filter((p) => parentOf(p) === root)];
}

function roleOf(pid: number): string {
  try {
    const title = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    const m =
      /postgres: (autovacuum|checkpointer|walwriter|background writer|io worker|logical|walsender)/.exec(
        title,
      );
    if (m) return m[1] as string;
    return /postgres: \S+ \S+ /.test(title) ? "client connections" : "other";
  } catch {
    return "other";
  }
}

/**
 * CPU seconds a process tree uses from now until stopped, in total and by PostgreSQL process role.
 * Sampled every `everyMs`, so processes that start or exit in between (pooled connections,
 * autovacuum workers) are counted for what they used.
 */
export function watchTreeCpu(
  root: number,
  everyMs = 200,
): { stop(): { total: number; byRole: Record<string, number> } } {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const roles = new Map<number, string>();
  const sample = (initial: boolean) => {
    for (const pid of processTree(root)) {
      const cpu = cpuSeconds(pid);
      if (!first.has(pid)) {
        first.set(pid, initial ? cpu : 0);
        roles.set(pid, pid === root ? "postmaster" : roleOf(pid));
      }
      if (cpu > 0) last.set(pid, cpu);
    }
  };
  sample(true);
  const timer = setInterval(() => sample(false), everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample(false);
      let total = 0;
      const byRole: Record<string, number> = {};
      for (const [pid, cpu] of last) {
        const used = cpu - (first.get(pid) ?? 0);
        total += used;
        const role = roles.get(pid) ?? "other";
        byRole[role] = (byRole[role] ?? 0) + used;
      }
      return { total, byRole };
    },
  };
}

/** Samples a process's resident memory until stopped; returns the peak. */
export function watchRss(pid: number, everyMs = 250): { stop(): { peak: number; last: number } } {
  let peak = rssBytes(pid);
  let last = peak;
  const timer = setInterval(() => {
    last = rssBytes(pid);
    peak = Math.max(peak, last);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { peak, last };
    },
  };
}
