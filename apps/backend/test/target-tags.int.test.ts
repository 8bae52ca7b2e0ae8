import type { AssetsResponse, AuditListResponse, DryRunResponse } from "@logstag/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "../src/testing/start-test-backend.ts";
import { registerTestAgent } from "./agent-api.ts";

// Tags on targets: set through the API by an Admin or the owner, refused when malformed, recorded
// in the audit log, and matched by alert rules scoped by tag.
let backend: TestBackend;
let cookie: string;
let targetId: string;

beforeAll(async () => {
  backend = await startTestBackend();
  const org = await createTestOrg(backend.db);
  ({ targetId } = await registerTestAgent(backend.url, org.agentKey));
  cookie = await signIn(backend.url, org);
});
afterAll(async () => {
  await backend?.stop();
});

async function call<T>(method: string, path: string, body?: unknown) {
  const res = await fetch(backend.url + path, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const putTags = (tags: unknown) =>
  call<{ tags?: string[]; message?: string }>("PUT", `/api/v1/targets/${targetId}/tags`, { tags });
const listedTags = async () =>
  (await call<AssetsResponse>("GET", "/api/v1/assets")).body.targets.find((t) => t.id === targetId)
    ?.tags;
const assetsInTagScope = async (tag: string) =>
  (
    await call<DryRunResponse>("POST", "/api/v1/alert-rules/dry-run", {
      rule: {
        name: "By tag",
        templateId: "postgres-connection-saturation",
        scope: { kind: "tag", tag },
      },
      hours: 0.1,
    })
  ).body.assetsEvaluated;

describe("target tags", () => {
  it("starts with none, and a rule scoped by a tag matches no target", async () => {
    expect(await listedTags()).toEqual([]);
    expect(await assetsInTagScope("production")).toBe(0);
  });

  it("replaces the tags, trimmed and without repeats, and shows them everywhere", async () => {
    const res = await putTags([" production ", "team:payments", "production"]);
    expect(res.status).toBe(200);
    expect(res.body.tags).toEqual(["production", "team:payments"]);
    expect(await listedTags()).toEqual(["production", "team:payments"]);
    const one = await call<{ tags: string[] }>("GET", `/api/v1/targets/${targetId}`);
    expect(one.body.tags).toEqual(["production", "team:payments"]);
    expect(await assetsInTagScope("production")).toBe(1);
    expect(await assetsInTagScope("staging")).toBe(0);
  });

  it("records the change in the audit log, before and after", async () => {
    const { body } = await call<AuditListResponse>(
      "GET",
      `/api/v1/audit-log?action=target.changed&resourceId=${targetId}`,
    );
    expect(body.entries[0]).toMatchObject({
      action: "target.changed",
      resourceType: "target",
      before: { name: "db-1", tags: [] },
      after: { name: "db-1", tags: ["production", "team:payments"] },
    });
  });

  it("refuses malformed tags with a clear error and changes nothing", async () => {
    for (const bad of [["has space"], [""], ["-leading"], ["x".repeat(65)], "production"]) {
      const res = await putTags(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/tag|expected/i);
    }
    const tooMany = await putTags(Array.from({ length: 21 }, (_, i) => `t${i}`));
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body)).toContain("at most 20 tags");
    expect(await listedTags()).toEqual(["production", "team:payments"]);
  });

  it("answers 404 for a target of no organization of the caller", async () => {
    const res = await call("PUT", "/api/v1/targets/00000000-0000-4000-8000-000000000000/tags", {
      tags: [],
    });
    expect(res.status).toBe(404);
  });

  it("clears the tags with an empty list", async () => {
    expect((await putTags([])).body.tags).toEqual([]);
    expect(await assetsInTagScope("production")).toBe(0);
  });
});
