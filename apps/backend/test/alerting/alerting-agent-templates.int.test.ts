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

// The agent's own templates read what ingestion keeps of each collector's newest payload: a
// collector whose payloads carry an error fires "Collector failing", and its next good payload
// resolves it. The evaluation is driven by hand at chosen times.
let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

const T0 = Date.now() - 10 * 60_000;
const at = (s: number) => new Date(T0 + s * 1000);

describe("agent templates on ingested collector outcomes", () => {
  it("fires Collector failing for the failing collector only, and resolves on its next good payload", async () => {
    const org = await createTestOrg(backend.db);
    const ids = await registerTestAgent(backend.url, org.agentKey);
    const ctx = { db: backend.db, orgId: org.orgId, actor: { kind: "system" as const } };
    await createRule({
      ctx,
      input: {
        name: "collectors",
        templateId: "agent-collector-failing",
        params: {},
        scope: { kind: "all" },
        severities: {},
        overrides: {},
        timing: { forSeconds: 0 },
        enabled: true,
      },
    });
    const send = async (payloads: PayloadInput[]) => {
      const res = await postAgent(
        backend.url,
        AGENT_API.ingest,
        { payloads },
        { key: org.agentKey },
      );
      expect(res.status).toBe(200);
    };
    const failing = (s: number): PayloadInput =>
      makePayload(ids, {
        collector: "activity",
        collectedAt: at(s).toISOString(),
        status: "error",
        error: { kind: "timeout", message: "canceling statement due to statement timeout" },
        data: {},
      });
    const instance = (s: number) => makePayload(ids, { collectedAt: at(s).toISOString() });
    const alerts = async (when: number) => {
      await evaluateOrg(backend.db, org.orgId, templateLibrary(), at(when));
      const { rows } = await backend.db.query<{ state: string; labels: Record<string, string> }>(
        "select state, labels from alert_instances where org_id = $1",
        [org.orgId],
      );
      return rows;
    };

    await send([instance(0), failing(0), instance(10), failing(10)]);
    expect(await alerts(15)).toEqual([
      { state: "firing", labels: expect.objectContaining({ collector: "activity" }) },
    ]);

    // A late copy of an older failure changes nothing once a newer good payload is stored.
    await send([
      makePayload(ids, { collector: "activity", collectedAt: at(20).toISOString(), data: {} }),
    ]);
    await send([failing(5)]);
    expect(await alerts(25)).toEqual([
      { state: "resolved", labels: expect.objectContaining({ collector: "activity" }) },
    ]);
  });
});
