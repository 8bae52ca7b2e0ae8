import type { Inventory, Payload } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { collectPayloads } from "../../../test/payloads.ts";
import type { TargetConfig } from "../../config/agent-config.ts";
import type { CollectedPayload } from "../../scheduler/collected.ts";
import { runGroup } from "../../scheduler/run-group.ts";
import { TargetSession } from "../../scheduler/target-session.ts";
import { findEngine } from "../registry.ts";
import { processTree, signalAll } from "./process-tree.ts";

/** Who the agent connects as: the documented least privilege, a wrong password, or less. */
export type Credentials = "good" | "wrong-password" | "unprivileged";

/** What an engine's integration test provides: a real server and ways to look at it. */
export interface ConformanceServer {
  target(
    credentials: Credentials,
    o?: { port?: number; collectorTimeoutMs?: number },
  ): TargetConfig;
  /** The server's main process; it and its children are stopped to make a hung server. */
  pid(): Promise<number>;
  /** Connections the agent holds on the server now (its connections are named logstag-agent). */
  agentConnections(): Promise<number>;
}

export interface ConformanceExpectations {
  version: RegExp;
  role: Inventory["role"];
  /** Message of every payload when the password is wrong. */
  wrongPassword: RegExp;
  /** What the unprivileged credentials lack: the collector, the diagnostic code and its fix. */
  unprivileged: { collector: string; code: string; fix: string }[];
}

const byCollector = (payloads: Map<string, Payload>) =>
  [...payloads.values()].map((p) => [p.collector, p.status, p.error]);

/**
 * The suite every engine runs against its real server. Engine-specific checks go in
 * `engineChecks`, registered inside the same describe block so they share its server.
 */
export function engineConformance(
  name: string,
  server: () => ConformanceServer,
  expected: ConformanceExpectations,
  engineChecks?: () => void,
): void {
  describe(`${name} conformance`, () => {
    const collectors = () => {
      const engine = findEngine(server().target("good").engine);
      if (!engine) throw new Error(`${name}: no collectors registered`);
      return engine.collectors.map((c) => c.name);
    };

    it("every collector succeeds with a schema-valid payload and the inventory", async () => {
      const payloads = await collectPayloads(server().target("good"));
      expect(byCollector(payloads)).toEqual(collectors().map((c) => [c, "ok", undefined]));
      const inventory = [...payloads.values()].find((p) => p.data.inventory)?.data.inventory;
      expect(inventory?.engineVersion).toMatch(expected.version);
      expect(inventory?.role).toBe(expected.role);
    });

    it("a wrong password and an unreachable server are connection errors", async () => {
      const wrong = await collectPayloads(server().target("wrong-password"));
      expect(wrong.size).toBe(collectors().length);
      for (const p of wrong.values()) {
        expect(p.error?.kind).toBe("connection");
        expect(p.error?.message).toMatch(expected.wrongPassword);
      }
      const unreachable = await collectPayloads(server().target("good", { port: 1 }));
      expect([...unreachable.values()].map((p) => p.error)).toEqual(
        collectors().map(() => ({
          kind: "connection",
          message: "connection refused at 127.0.0.1:1",
        })),
      );
    });

    it("a missing privilege gives a diagnostic with its fix, and other collectors still run", async () => {
      const payloads = await collectPayloads(server().target("unprivileged"));
      for (const p of payloads.values())
        expect(["ok", "privilege"]).toContain(p.error?.kind ?? "ok");
      for (const want of expected.unprivileged) {
        expect(payloads.get(want.collector)?.data.diagnostics).toContainEqual(
          expect.objectContaining({ code: want.code, fix: want.fix }),
        );
      }
    });

    it("a hung server times out without piling up connections, and is collected again after", async () => {
      const target = server().target("good", { collectorTimeoutMs: 1000 });
      const engine = findEngine(target.engine);
      if (!engine) throw new Error(`${name}: no collectors registered`);
      const session = new TargetSession(engine, target);
      const tick = () => runGroup({ target, engine, session, group: "high" });
      const statuses = (payloads: CollectedPayload[]) => payloads.map((p) => p.payload.status);
      try {
        expect(statuses(await tick()).every((s) => s === "ok")).toBe(true);
        const pids = processTree(await server().pid());
        signalAll(pids, "SIGSTOP");
        try {
          for (let i = 0; i < 3; i++) {
            for (const { payload } of await tick()) expect(payload.error?.kind).toBe("timeout");
          }
        } finally {
          signalAll(pids, "SIGCONT");
        }
        // Reconnects back off after failed attempts, so the next ticks may still report the old
        // error: tick again, pausing between ticks, until the next attempt is due.
        let recovered = await tick();
        for (let i = 0; i < 60 && !statuses(recovered).every((s) => s === "ok"); i++) {
          await new Promise((r) => setTimeout(r, 500));
          recovered = await tick();
        }
        expect(statuses(recovered).every((s) => s === "ok")).toBe(true);
        // Attempts abandoned while the server was stopped end when it reads their close.
        let open = await server().agentConnections();
        for (let i = 0; i < 100 && open > 1; i++) {
          await new Promise((r) => setTimeout(r, 50));
          open = await server().agentConnections();
        }
        expect(open).toBe(1);
      } finally {
        await session.close();
      }
    });

    engineChecks?.();
  });
}
