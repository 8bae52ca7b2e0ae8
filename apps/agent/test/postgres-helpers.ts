import type { TestPostgres } from "@logstag/test-support";
import pg from "pg";

export { collectPayloads, metricValue } from "./payloads.ts";

/** Superuser connections to a test server, all closed by `endAll`. */
export class Clients {
  readonly #open: pg.Client[] = [];
  constructor(private readonly server: () => TestPostgres) {}

  async connect(
    o: { user?: string; password?: string; database?: string; applicationName?: string } = {},
  ): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.server().urlFor(o),
      ...(o.applicationName ? { application_name: o.applicationName } : {}),
    });
    // A test that kills a backend on purpose must not crash the run.
    client.on("error", () => {});
    await client.connect();
    this.#open.push(client);
    return client;
  }

  async endAll(): Promise<void> {
    await Promise.all(this.#open.splice(0).map((c) => c.end().catch(() => {})));
  }
}

export async function backendPid(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  return (rows[0] as { pid: number }).pid;
}

/** Waits until `pid` waits on a lock, so a sample taken next sees it blocked. */
export async function waitUntilLockWait(client: pg.Client, pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query(
      "select 1 from pg_stat_activity where pid = $1 and wait_event_type = 'Lock'",
      [pid],
    );
    if (rows.length > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  const { rows } = await client.query(
    "select pid, state, wait_event_type, query from pg_stat_activity where backend_type = 'client backend'",
  );
  throw new Error(`backend ${pid} did not start waiting on a lock: ${JSON.stringify(rows)}`);
}
