import type { Diagnostic } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { MissingPrivilegeError } from "../collectors/missing-privilege.ts";
import type { EngineCollectors, EngineSession } from "../collectors/types.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import { runGroup } from "./run-group.ts";
import { TargetSession } from "./target-session.ts";

const target: TargetConfig = {
  name: "t",
  engine: "redis",
  enabled: true,
  intervalsMs: { high: 1000, medium: 1000, low: 1000, schema: 1000 },
  collectorTimeoutMs: 500,
  connection: {},
  endpoint: "t",
};

const diagnostic: Diagnostic = {
  code: "acl.info",
  missing: "m",
  impact: "i",
  fix: "ACL SETUSER x +info",
};

/** Sessions that break after their first collector; each connect opens a new one. */
function engineWith(first: () => Promise<never>): {
  engine: EngineCollectors;
  opened: () => number;
} {
  let opened = 0;
  const engine: EngineCollectors = {
    configSchema: () => {
      throw new Error("not used");
    },
    endpoint: () => "t",
    async connect() {
      opened++;
      let alive = true;
      const session: EngineSession = { close: async () => {}, usable: () => alive };
      return Object.assign(session, {
        breakNow: () => {
          alive = false;
        },
      });
    },
    describeError: (error) => ({ kind: "query", message: String((error as Error).message) }),
    collectors: [
      {
        name: "first",
        group: "high",
        collect: async (s) => {
          (s as EngineSession & { breakNow(): void }).breakNow();
          return first();
        },
      },
      { name: "second", group: "high", collect: async () => ({ metrics: [] }) },
    ],
    readOnly: { isStatement: () => false, check: () => [] },
  };
  return { engine, opened: () => opened };
}

describe("runGroup", () => {
  it("gives the rest of the group the failure that made the connection unusable, then reconnects", async () => {
    const { engine, opened } = engineWith(() => Promise.reject(new Error("Command timed out")));
    const session = new TargetSession(engine, target);
    const payloads = await runGroup({ target, engine, session, group: "high" });
    expect(payloads.map((p) => [p.payload.collector, p.payload.error])).toEqual([
      ["first", { kind: "query", message: "Command timed out" }],
      ["second", { kind: "query", message: "Command timed out" }],
    ]);
    await runGroup({ target, engine, session, group: "high" });
    expect(opened()).toBe(2);
    await session.close();
  });

  it("carries the diagnostic of a refused privilege in the error payload", async () => {
    const { engine } = engineWith(() =>
      Promise.reject(
        new MissingPrivilegeError("INFO refused (fix: ACL SETUSER x +info)", diagnostic),
      ),
    );
    const session = new TargetSession(engine, target);
    const [first] = await runGroup({ target, engine, session, group: "high" });
    expect(first?.payload).toMatchObject({
      status: "error",
      error: { kind: "privilege", message: "INFO refused (fix: ACL SETUSER x +info)" },
      data: { metrics: [], diagnostics: [diagnostic] },
    });
    await session.close();
  });
});
