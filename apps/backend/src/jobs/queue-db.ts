import { createDb } from "../store/db.ts";

/**
 * The job queue's own pool, handed to pg-boss instead of the pool it would open itself, so that a
 * stop can wait for the queue's statements in flight before closing it. pg-boss marks a job done
 * without awaiting that statement, and its own pool, once closed, drops statements silently: a
 * job that finished just before a stop stayed `active` until it expired, and for a singleton job
 * no other run could start until then.
 */
export function queueDb(url: string) {
  const pool = createDb(url, 3, { applicationName: "logstag-jobs" });
  let inFlight = 0;
  return {
    async executeSql(text: string, values: unknown[] = []) {
      inFlight++;
      try {
        return await pool.query(text, values);
      } finally {
        inFlight--;
      }
    },
    busy: () => inFlight > 0,
    end: () => pool.end(),
  };
}

/**
 * Resolves once `busy` has been false on two checks in a row, or after `timeoutMs`. Two checks: a
 * statement that just ended may start the next one (a fetched job's run, its completion) within
 * the same turn of the event loop.
 */
export async function whenIdle(busy: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    quiet = busy() ? 0 : quiet + 1;
    await new Promise((r) => setTimeout(r, 25));
  }
}
