import type { PostgresSession } from "@logstag/protocol";
import { secondsBetween } from "./sessions.utils.ts";

export interface BlockingNode {
  pid: number;
  /** Null when the pid is not in the sample (a background process or a prepared transaction). */
  session: PostgresSession | null;
  depth: number;
  /** Unique per position: a session blocked by two others appears under both. */
  key: string;
  /** How long it has waited for its lock, or for a root how long its transaction has been open. */
  seconds: number | null;
  waiting: boolean;
  /** Sessions waiting on this one directly. */
  blocks: number;
  /** Already an ancestor on this path: a lock cycle, resolved by PostgreSQL's deadlock detector. */
  cycle: boolean;
}

const MAX_NODES = 2_000;

/**
 * Who blocks whom, flattened in display order (pre-order with depth). Roots are sessions that
 * block others and wait for no one; the rest of a cycle, which has no such root, starts at its
 * lowest pid.
 */
export function buildBlockingTree(
  sessions: readonly PostgresSession[],
  sampledAt: string,
): BlockingNode[] {
  const byPid = new Map(sessions.map((s) => [s.pid, s]));
  const children = new Map<number, number[]>();
  for (const session of sessions) {
    for (const blocker of new Set(session.blockedBy)) {
      const list = children.get(blocker) ?? [];
      list.push(session.pid);
      children.set(blocker, list);
    }
  }
  if (children.size === 0) return [];
  const waits = (pid: number) => (byPid.get(pid)?.blockedBy.length ?? 0) > 0;
  const descendants = countDescendants(children);
  const order = (a: number, b: number) =>
    (descendants.get(b) ?? 0) - (descendants.get(a) ?? 0) || a - b;
  for (const list of children.values()) list.sort(order);

  const nodes: BlockingNode[] = [];
  const placed = new Set<number>();
  const visit = (pid: number, ancestors: readonly number[]) => {
    if (nodes.length >= MAX_NODES) return;
    const cycle = ancestors.includes(pid);
    const session = byPid.get(pid) ?? null;
    const blocked = children.get(pid) ?? [];
    nodes.push({
      pid,
      session,
      depth: ancestors.length,
      key: [...ancestors, pid].join("/"),
      seconds: session ? nodeSeconds(session, sampledAt) : null,
      waiting: waits(pid),
      blocks: blocked.length,
      cycle,
    });
    placed.add(pid);
    if (cycle) return;
    for (const child of blocked) visit(child, [...ancestors, pid]);
  };

  const roots = [...children.keys()].filter((pid) => !waits(pid)).sort(order);
  for (const root of roots) visit(root, []);
  const leftover = sessions
    .filter((s) => s.blockedBy.length > 0 && !placed.has(s.pid))
    .map((s) => s.pid)
    .sort((a, b) => a - b);
  for (const pid of leftover) if (!placed.has(pid)) visit(pid, []);
  return nodes;
}

function nodeSeconds(session: PostgresSession, sampledAt: string): number | null {
  if (session.blockedBy.length > 0) {
    return secondsBetween(session.lockWaitStart ?? session.stateChange, sampledAt);
  }
  return secondsBetween(session.xactStart ?? session.queryStart, sampledAt);
}

/** Distinct sessions below each blocker, so the widest trees are listed first. */
function countDescendants(children: ReadonlyMap<number, readonly number[]>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const pid of children.keys()) {
    const seen = new Set<number>([pid]);
    const stack = [...(children.get(pid) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop();
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      stack.push(...(children.get(next) ?? []));
    }
    counts.set(pid, seen.size - 1);
  }
  return counts;
}
