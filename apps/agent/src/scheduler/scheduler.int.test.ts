import { createServer, type Server, type Socket } from "node:net";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, expect, it } from "vitest";
import { postgresTarget } from "../../test/targets.ts";
import { createLogger } from "../logger.ts";
import type { CollectedPayload } from "./collected.ts";
import { startScheduler } from "./scheduler.ts";

let server: TestPostgres;
let blackHole: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startTestPostgres();
  // Accepts connections and never answers: the worst kind of dead server.
  blackHole = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  blackHole?.close();
  await server?.stop();
});

it("keeps collecting from a healthy target while others are dead", async () => {
  const address = blackHole.address();
  const blackHolePort = typeof address === "object" && address ? address.port : 0;
  const payloads: CollectedPayload[] = [];
  const scheduler = startScheduler({
    targets: [
      // The low group (settings, roles) runs once: at 200 ms it would only crowd the others.
      {
        ...postgresTarget("healthy", server, { intervalMs: 200 }),
        intervalsMs: { high: 200, medium: 200, low: 60_000, schema: 60_000 },
      },
      postgresTarget("refused", server, { port: 1, intervalMs: 200 }),
      postgresTarget("silent", server, {
        port: blackHolePort,
        intervalMs: 200,
        collectorTimeoutMs: 1000,
      }),
    ],
    emit: (p) => payloads.push(p),
    logger: createLogger({ level: "silent" }),
  });
  const count = (target: string, status: string, collector = "instance") =>
    payloads.filter(
      (p) =>
        p.target === target && p.payload.status === status && p.payload.collector === collector,
    ).length;
  // Wait on counts, not on the clock: eight healthy runs per group while the dead targets fail.
  const deadline = Date.now() + 30_000;
  while (
    count("healthy", "ok") < 8 ||
    count("healthy", "ok", "database_stats") < 8 ||
    count("refused", "error") < 3 ||
    count("silent", "error") < 1
  ) {
    if (Date.now() > deadline) throw new Error(`not enough payloads: ${payloads.length}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await scheduler.stop();
  expect(count("healthy", "error")).toBe(0);
  const silent = payloads.filter((p) => p.target === "silent");
  // A connect that never answers costs its own loop one timeout per attempt, nobody else's:
  // the healthy target got its eight runs in while the silent one managed only a few attempts.
  expect(count("silent", "error")).toBeLessThan(count("healthy", "ok"));
  for (const { payload } of silent) {
    expect(payload.status).toBe("error");
    expect(payload.error).toEqual({
      kind: "timeout",
      message: `timed out connecting to 127.0.0.1:${blackHolePort}`,
    });
  }
});
