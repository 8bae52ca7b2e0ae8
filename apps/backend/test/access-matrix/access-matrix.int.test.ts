import { buildPath } from "@logstag/api-contract";
import { afterAll, describe, expect, it } from "vitest";
import { registeredRoutes } from "../../src/http/route-inventory.ts";
import { createTestWorld, type TestWorld } from "../../src/testing/accounts-factory.ts";
import { startTestBackend } from "../../src/testing/start-test-backend.ts";
import {
  CALLERS,
  type Caller,
  callerUserId,
  credentialHeaders,
  documentedStatus,
} from "./callers.ts";
import { RECIPES } from "./recipes.ts";
import { documentedKey, parseRolesDoc, routeKey } from "./roles-doc.ts";

// The routes under test are the ones the running app registered, so a new route joins by itself.
const backend = await startTestBackend();
const doc = parseRolesDoc();
const apiRoutes = registeredRoutes(backend.app)
  .filter((r) => r.method !== "HEAD" && r.method !== "OPTIONS")
  .filter(
    (r) => r.url === "/healthz" || (r.url.startsWith("/api/") && !r.url.startsWith("/api/docs")),
  )
  .map((r) => routeKey(r.method, r.url));
const other: TestWorld = await createTestWorld(backend.db);

afterAll(async () => {
  await backend.stop();
});

/** Anything that identifies the other organization; a successful answer must contain none of it. */
const otherOrgMarkers = () => [
  other.orgId,
  other.orgName,
  other.agentId,
  ...Object.values(other.targetIds),
  ...Object.values(other.users).flatMap((u) => [u.id, u.email]),
];

async function call(key: string, caller: Caller, org: "own" | "other") {
  const recipe = RECIPES[key];
  if (!recipe) throw new Error(`no access-matrix recipe for ${key}: add one to recipes.ts`);
  const home = await createTestWorld(backend.db);
  const target = org === "own" ? home : other;
  const spec = await recipe.build({
    db: backend.db,
    home,
    target,
    callerUserId: callerUserId(caller, home),
  });
  const [method, path] = key.split(" ") as [string, string];
  const search = spec.query ? `?${new URLSearchParams(spec.query)}` : "";
  const headers: Record<string, string> = credentialHeaders(caller, home);
  if (spec.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(backend.url + buildPath(path, spec.params) + search, {
    method,
    headers,
    body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
  });
  return {
    status: res.status,
    text: await res.text(),
    namesOtherOrg: org === "other" && recipe.refersToOrg,
  };
}

describe("access matrix: every route × caller × organization answers as docs/roles.md says", () => {
  it("covers every registered route with a recipe and a documented rule", () => {
    expect(apiRoutes.length).toBeGreaterThan(20);
    expect(
      apiRoutes.filter((k) => !RECIPES[k]),
      "routes without a recipe",
    ).toEqual([]);
    expect(
      apiRoutes.filter((k) => !doc.routes.has(documentedKey(k))),
      "routes missing from docs/roles.md",
    ).toEqual([]);
    expect(
      Object.keys(RECIPES).filter((k) => !apiRoutes.includes(k)),
      "recipes of no route",
    ).toEqual([]);
  });

  const cells = apiRoutes.flatMap((key) =>
    CALLERS.flatMap((caller) => (["own", "other"] as const).map((org) => ({ key, caller, org }))),
  );

  it.each(cells)("$key · $caller · $org organization", async ({ key, caller, org }) => {
    const rule = doc.routes.get(documentedKey(key));
    if (!rule) throw new Error(`${key} is not in docs/roles.md`);
    const result = await call(key, caller, org);
    const expected = documentedStatus(
      rule,
      rule.capability ? doc.capabilities.get(rule.capability) : undefined,
      caller,
      result.namesOtherOrg,
    );
    expect(result.status, result.text.slice(0, 300)).toBe(expected);
    if (result.status < 300) {
      for (const marker of otherOrgMarkers()) expect(result.text).not.toContain(marker);
    }
  });
});
