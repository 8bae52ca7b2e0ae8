import { AGENT_API, type PayloadInput } from "@logstag/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateOrg } from "../../src/alerting/evaluation/evaluate-org.ts";
import { templateLibrary } from "../../src/alerting/templates/load-templates.ts";
import { createRule } from "../../src/services/alerts/create-rule.ts";
import { makePayload } from "../../src/testing/payload-factory.ts";
import {
  createTestOrg,
  startTestBackend,
  type TestBackend,
} from "../../src/testing/start-test-backend.ts";
import { postAgent, registerTestAgent } from "../agent-api.ts";

// The no-data policies on stored series: the evaluation is driven by hand at chosen times, so the
// staleness of the last sample is exact (a bare gauge counts for three collection intervals, 90 s).
let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

const T0 = Date.now() - 10 * 60_000;
const at = (s: number) => new Date(T0 + s * 1000);

async function world(noData: "ok" | "keep_last" | "alert" | "no_data") {
  const org = await createTestOrg(backend.db);
  const ids = await registerTestAgent(backend.url, org.agentKey);
  const ctx = { db: backend.db, orgId: org.orgId, actor: { kind: "system" as const } };
  await createRule({
    ctx,
    input: {
      name: `idle ${noData}`,
      templateId: "postgres-idle-in-transaction",
      params: { warning_seconds: 60 },
      scope: { kind: "all" },
      severities: {},
      overrides: {},
      timing: { forSeconds: 0, noData },
      enabled: true,
    },
  });
  const payloads: PayloadInput[] = [0, 10, 20].map((s) =>
    makePayload(ids, {
      collectedAt: at(s).toISOString(),
      data: { metrics: [{ name: "postgres.activity.longest_idle_in_transaction", value: 600 }] },
    }),
  );
  const res = await postAgent(backend.url, AGENT_API.ingest, { payloads }, { key: org.agentKey });
  expect(res.status).toBe(200);
  const states = async (when: number) => {
    await evaluateOrg(backend.db, org.orgId, templateLibrary(), at(when));
    const { rows } = await backend.db.query<{ state: string; severity: string | null }>(
      "select state, severity from alert_instances where org_id = $1",
      [org.orgId],
    );
    return rows;
  };
  return { states };
}

describe("no-data policies", () => {
  it.each([
    ["ok", { state: "resolved", severity: "warning" }],
    ["keep_last", { state: "firing", severity: "warning" }],
    ["alert", { state: "firing", severity: "warning" }],
    ["no_data", { state: "no_data", severity: null }],
  ] as const)("%s: a firing alert whose data stops becomes %o", async (policy, want) => {
    const w = await world(policy);
    expect(await w.states(25)).toEqual([{ state: "firing", severity: "warning" }]);
    // 20 s was the last sample; 5 minutes later it is long stale.
    expect(await w.states(320)).toEqual([want]);
  });

  it("evaluating the same moment again changes nothing (a restart resumes the stored state)", async () => {
    const w = await world("no_data");
    await w.states(25);
    await w.states(320);
    expect(await w.states(321)).toEqual([{ state: "no_data", severity: null }]);
  });
});
