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
  await new Promise((r) => setTimeout(r, 3000));
  await scheduler.stop();
  const count = (target: string, status: string, collector = "instance") =>
    payloads.filter(
      (p) =>
        p.target === target && p.payload.status === status && p.payload.collector === collector,
    ).length;
  // 3 s at 200 ms is about 15 runs per group; the dead targets must not eat into them.
  expect(count("healthy", "ok")).toBeGreaterThanOrEqual(8);
  expect(count("healthy", "ok", "database_stats")).toBeGreaterThanOrEqual(8);
  expect(count("healthy", "error")).toBe(0);
  expect(count("refused", "error")).toBeGreaterThanOrEqual(10);
  const silent = payloads.filter((p) => p.target === "silent");
  // Each group's loop waits out one connect timeout per attempt (one payload per collector each).
  expect(count("silent", "error")).toBeGreaterThanOrEqual(1);
  expect(count("silent", "error")).toBeLessThanOrEqual(4);
  for (const { payload } of silent) {
    expect(payload.status).toBe("error");
    expect(payload.error).toEqual({
      kind: "connection",
      message: `timed out connecting to 127.0.0.1:${blackHolePort}`,
    });
  }
});
