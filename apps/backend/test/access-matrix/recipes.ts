import { randomUUID } from "node:crypto";
import {
  AGENT_API,
  SNAPSHOT_KIND_NAMES,
  SNAPSHOT_KINDS,
  type SnapshotKind,
} from "@logstag/protocol";
import { createAgentKey } from "../../src/services/agents/create-agent-key.ts";
import { createMute } from "../../src/services/health/create-mute.ts";
import { generateReport } from "../../src/services/health/generate-report.ts";
import { createInvitation } from "../../src/services/invitations/create-invitation.ts";
import { createPasswordReset } from "../../src/services/passwords/create-password-reset.ts";
import { createSchedule } from "../../src/services/report-schedules/create-schedule.ts";
import type { Db } from "../../src/store/db.ts";
import {
  addTestApiKey,
  addTestUser,
  TEST_PASSWORD,
  type TestWorld,
} from "../../src/testing/accounts-factory.ts";
import {
  addTestAlert,
  addTestChannel,
  addTestPolicy,
  addTestRule,
  addTestSilence,
} from "../../src/testing/alert-factory.ts";
import { makePayload } from "../../src/testing/payload-factory.ts";
import { routeKey } from "./roles-doc.ts";

export interface RecipeArgs {
  db: Db;
  /** The caller's organization. */
  home: TestWorld;
  /** Whose resources the request names: `home`, or another organization. */
  target: TestWorld;
  /** The person behind the caller (a role's user, or the owner for the owner's API keys). */
  callerUserId: string | undefined;
}

export interface RequestSpec {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface Recipe {
  /** Whether the request names a resource of `target`; if not, both organizations send the same. */
  refersToOrg: boolean;
  build(args: RecipeArgs): Promise<RequestSpec>;
}

const same = (spec: RequestSpec = {}): Recipe => ({ refersToOrg: false, build: async () => spec });
const system = (db: Db, world: TestWorld) => ({
  db,
  orgId: world.orgId,
  actor: { kind: "system" as const },
});

async function invitationToken(db: Db, world: TestWorld): Promise<{ id: string; token: string }> {
  const { invitation, link } = await createInvitation({
    ctx: system(db, world),
    input: { email: `invitee-${randomUUID()}@example.test`, role: "member" },
    settings: { ttlHours: 1, baseUrl: "http://logstag.test" },
  });
  return { id: invitation.id, token: link.split("#token=")[1] as string };
}

async function resetToken(db: Db, world: TestWorld): Promise<string> {
  const user = await addTestUser(db, world.orgId, "member");
  const { link } = await createPasswordReset({
    ctx: {
      db,
      orgId: world.orgId,
      actor: {
        ...world.users.owner,
        kind: "user",
        userId: world.users.owner.id,
        role: "owner",
        sessionId: "",
      },
    },
    input: { userId: user.id },
    settings: { ttlHours: 1, baseUrl: "http://logstag.test" },
  });
  return (link as string).split("#token=")[1] as string;
}

/** The three routes of a snapshot kind, asked of the world's target of the kind's engine. */
function snapshotRecipes(kind: SnapshotKind): [string, Recipe][] {
  const engine = SNAPSHOT_KINDS[kind].engine;
  const recipe = (query?: () => Record<string, string>): Recipe => ({
    refersToOrg: true,
    build: async ({ target }) => ({
      params: { targetId: target.targetIds[engine] ?? "" },
      ...(query ? { query: query() } : {}),
    }),
  });
  const range = () => ({ from: hourAgo(), to: new Date().toISOString() });
  const base = `/api/v1/targets/:targetId/snapshots/${kind}`;
  return [
    [routeKey("GET", base), recipe(() => ({ at: new Date().toISOString() }))],
    [routeKey("GET", `${base}/times`), recipe(range)],
    [routeKey("GET", `${base}/range`), recipe(range)],
  ];
}

const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

/** A read of one target (the world's PostgreSQL target), with an optional query. */
const targetRecipe = (query?: () => Record<string, string>): Recipe => ({
  refersToOrg: true,
  build: async ({ target }) => ({
    params: { targetId: target.targetId },
    ...(query ? { query: query() } : {}),
  }),
});

/** A request naming one resource the factory makes in the target organization. */
const owned = (
  param: string,
  make: (db: Db, world: TestWorld) => Promise<string>,
  extra: Omit<RequestSpec, "params"> = {},
): Recipe => ({
  refersToOrg: true,
  build: async ({ db, target }) => ({ params: { [param]: await make(db, target) }, ...extra }),
});
const rule = (db: Db, w: TestWorld) => addTestRule(db, w.orgId);
const alert = (db: Db, w: TestWorld) => addTestAlert(db, w.orgId, w.targetId);
const channel = (db: Db, w: TestWorld) => addTestChannel(db, w.orgId);
const ruleBody = { name: "Connections", templateId: "postgres-connection-saturation" };

const ALERT_RECIPES: Record<string, Recipe> = {
  [routeKey("GET", "/api/v1/alert-templates")]: same(),
  [routeKey("GET", "/api/v1/alert-rules")]: same(),
  [routeKey("GET", "/api/v1/alert-rules/:ruleId")]: owned("ruleId", rule),
  [routeKey("POST", "/api/v1/alert-rules")]: same({ body: ruleBody }),
  [routeKey("PATCH", "/api/v1/alert-rules/:ruleId")]: owned("ruleId", rule, {
    body: { enabled: false },
  }),
  [routeKey("DELETE", "/api/v1/alert-rules/:ruleId")]: owned("ruleId", rule),
  [routeKey("POST", "/api/v1/alert-rules/dry-run")]: same({ body: { rule: ruleBody } }),
  [routeKey("GET", "/api/v1/alerts")]: same(),
  [routeKey("GET", "/api/v1/alerts/:alertId")]: owned("alertId", alert),
  [routeKey("GET", "/api/v1/alerts/:alertId/signal")]: owned("alertId", alert, {
    query: { hours: "1" },
  }),
  [routeKey("POST", "/api/v1/alerts/:alertId/acknowledge")]: owned("alertId", alert, { body: {} }),
  [routeKey("GET", "/api/v1/alert-silences")]: same(),
  [routeKey("POST", "/api/v1/alert-silences")]: {
    refersToOrg: false,
    build: async () => ({
      body: {
        matchers: { engine: "postgres" },
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        reason: "maintenance",
      },
    }),
  },
  [routeKey("DELETE", "/api/v1/alert-silences/:silenceId")]: owned("silenceId", (db, w) =>
    addTestSilence(db, w.orgId),
  ),
  [routeKey("GET", "/api/v1/notification-channels")]: same(),
  [routeKey("POST", "/api/v1/notification-channels")]: same({
    body: {
      name: "hook",
      kind: "webhook",
      secrets: { url: "http://127.0.0.1:9/hook", signingSecret: "0123456789abcdef" },
    },
  }),
  [routeKey("PATCH", "/api/v1/notification-channels/:channelId")]: owned("channelId", channel, {
    body: { name: "renamed" },
  }),
  [routeKey("DELETE", "/api/v1/notification-channels/:channelId")]: owned("channelId", channel),
  [routeKey("POST", "/api/v1/notification-channels/:channelId/test")]: owned("channelId", channel),
  [routeKey("GET", "/api/v1/notification-policies")]: same(),
  [routeKey("POST", "/api/v1/notification-policies")]: {
    refersToOrg: true,
    build: async ({ db, target }) => ({
      body: { name: "all", channelIds: [await addTestChannel(db, target.orgId)] },
    }),
  },
  [routeKey("PATCH", "/api/v1/notification-policies/:policyId")]: owned(
    "policyId",
    (db, w) => addTestPolicy(db, w.orgId),
    { body: { enabled: false } },
  ),
  [routeKey("DELETE", "/api/v1/notification-policies/:policyId")]: owned("policyId", (db, w) =>
    addTestPolicy(db, w.orgId),
  ),
};
const reportIdOf = async (db: Db, world: TestWorld) =>
  (await generateReport({ ctx: system(db, world), input: { targetId: world.targetId } })).id;
const dayAhead = () => new Date(Date.now() + 86_400_000).toISOString();
const scheduleBody = () => ({
  name: "Weekly review",
  targetIds: [],
  frequency: "weekly",
  hourUtc: 6,
  weekday: 1,
  recipients: ["dba@example.test"],
  attachments: ["pdf"],
  enabled: true,
});
const reportRecipe = (): Recipe => ({
  refersToOrg: true,
  build: async ({ db, target }) => ({ params: { reportId: await reportIdOf(db, target) } }),
});
const scheduleRecipe = (body?: unknown): Recipe => ({
  refersToOrg: true,
  build: async ({ db, target }) => {
    const s = await createSchedule({ ctx: system(db, target), input: scheduleBody() as never });
    return { params: { scheduleId: s.id }, ...(body ? { body } : {}) };
  },
});

/** How to make a valid request to each route; a registered route with no recipe fails the matrix. */
export const RECIPES: Record<string, Recipe> = {
  [routeKey("GET", "/healthz")]: same(),
  [routeKey("POST", "/api/v1/auth/login")]: {
    refersToOrg: false,
    build: async ({ home }) => ({
      body: { email: home.users.owner.email, password: TEST_PASSWORD },
    }),
  },
  [routeKey("POST", "/api/v1/auth/logout")]: same(),
  [routeKey("GET", "/api/v1/auth/me")]: same(),
  [routeKey("GET", "/api/v1/auth/session")]: same(),
  [routeKey("POST", "/api/v1/auth/switch-organization")]: {
    refersToOrg: true,
    build: async ({ target }) => ({ body: { organizationId: target.orgId } }),
  },
  [routeKey("POST", "/api/v1/auth/sign-out-everywhere")]: same(),

  [routeKey("POST", "/api/v1/auth/change-password")]: {
    refersToOrg: false,
    build: async () => ({
      body: { currentPassword: TEST_PASSWORD, newPassword: `Changed-${randomUUID()}` },
    }),
  },
  [routeKey("POST", "/api/v1/members/:userId/password-reset")]: {
    refersToOrg: true,
    build: async ({ db, target }) => ({
      params: { userId: (await addTestUser(db, target.orgId, "viewer")).id },
    }),
  },
  [routeKey("POST", "/api/v1/auth/reset-password")]: {
    refersToOrg: false,
    build: async ({ db, home }) => ({
      body: { token: await resetToken(db, home), newPassword: `Reset-${randomUUID()}` },
    }),
  },

  [routeKey("GET", "/api/v1/members")]: same(),
  [routeKey("PATCH", "/api/v1/members/:userId")]: {
    refersToOrg: true,
    build: async ({ db, target }) => ({
      params: { userId: (await addTestUser(db, target.orgId, "viewer")).id },
      body: { role: "member" },
    }),
  },
  [routeKey("DELETE", "/api/v1/members/:userId")]: {
    refersToOrg: true,
    build: async ({ db, target }) => ({
      params: { userId: (await addTestUser(db, target.orgId, "member")).id },
    }),
  },

  [routeKey("GET", "/api/v1/invitations")]: same(),
  [routeKey("POST", "/api/v1/invitations")]: {
    refersToOrg: false,
    build: async () => ({ body: { email: `new-${randomUUID()}@example.test`, role: "viewer" } }),
  },
  [routeKey("DELETE", "/api/v1/invitations/:invitationId")]: {
    refersToOrg: true,
    build: async ({ db, target }) => ({
      params: { invitationId: (await invitationToken(db, target)).id },
    }),
  },
  [routeKey("POST", "/api/v1/invitations/preview")]: {
    refersToOrg: false,
    build: async ({ db, home }) => ({ body: { token: (await invitationToken(db, home)).token } }),
  },
  [routeKey("POST", "/api/v1/invitations/accept")]: {
    refersToOrg: false,
    build: async ({ db, home }) => ({
      body: { token: (await invitationToken(db, home)).token, password: "Brand-new-passw0rd!" },
    }),
  },

  [routeKey("PATCH", "/api/v1/organization")]: same({ body: { name: "Renamed organization" } }),
  [routeKey("POST", "/api/v1/organization/transfer-ownership")]: {
    refersToOrg: true,
    build: async ({ target }) => ({ body: { userId: target.users.admin.id } }),
  },

  [routeKey("GET", "/api/v1/api-keys")]: same(),
  [routeKey("POST", "/api/v1/api-keys")]: same({ body: { name: "ci", scope: "read" } }),
  [routeKey("DELETE", "/api/v1/api-keys/:keyId")]: {
    refersToOrg: true,
    build: async ({ db, home, target, callerUserId }) => {
      // One's own key at home; elsewhere, a key of that organization's owner.
      const owner = target === home ? (callerUserId ?? home.users.owner.id) : target.users.owner.id;
      return { params: { keyId: (await addTestApiKey(db, target.orgId, owner, "read")).id } };
    },
  },

  [routeKey("GET", "/api/v1/agent-keys")]: same(),
  [routeKey("POST", "/api/v1/agent-keys")]: same({ body: { name: "edge agents" } }),
  [routeKey("DELETE", "/api/v1/agent-keys/:keyId")]: {
    refersToOrg: true,
    build: async ({ db, target }) => ({
      params: {
        keyId: (await createAgentKey({ ctx: system(db, target), input: { name: "to revoke" } })).id,
      },
    }),
  },

  [routeKey("GET", "/api/v1/audit-log")]: same(),
  [routeKey("GET", "/api/v1/audit-log/export")]: same(),

  [routeKey("GET", "/api/v1/assets")]: same(),
  [routeKey("GET", "/api/v1/targets/:targetId")]: {
    refersToOrg: true,
    build: async ({ target }) => ({ params: { targetId: target.targetId } }),
  },
  [routeKey("GET", "/api/v1/targets/:targetId/series")]: {
    refersToOrg: true,
    build: async ({ target }) => ({
      params: { targetId: target.targetId },
      query: { metrics: "postgres.connections", from: hourAgo(), to: new Date().toISOString() },
    }),
  },

  [routeKey("GET", "/api/v1/targets/:targetId/series/breakdown")]: {
    refersToOrg: true,
    build: async ({ target }) => ({
      params: { targetId: target.targetId },
      query: {
        metrics: "postgres.database.xact_commit",
        by: "database",
        from: hourAgo(),
        to: new Date().toISOString(),
      },
    }),
  },
  [routeKey("PUT", "/api/v1/targets/:targetId/tags")]: {
    refersToOrg: true,
    build: async ({ target }) => ({
      params: { targetId: target.targetId },
      body: { tags: ["production"] },
    }),
  },
  [routeKey("GET", "/api/v1/targets/:targetId/instance")]: targetRecipe(),
  [routeKey("GET", "/api/v1/targets/:targetId/changes")]: targetRecipe(() => ({
    from: hourAgo(),
    to: new Date().toISOString(),
  })),
  [routeKey("GET", "/api/v1/targets/:targetId/snapshot-rows")]: targetRecipe(() => ({
    kind: "postgres.statements",
    keys: "1234",
  })),
  ...Object.fromEntries(SNAPSHOT_KIND_NAMES.flatMap(snapshotRecipes)),

  ...ALERT_RECIPES,
  [routeKey("GET", "/api/v1/health-checks")]: same(),
  [routeKey("GET", "/api/v1/health/fleet")]: same(),
  [routeKey("POST", "/api/v1/targets/:targetId/health-reports")]: targetRecipe(),
  [routeKey("GET", "/api/v1/targets/:targetId/health-reports/scores")]: targetRecipe(() => ({
    days: "30",
  })),
  [routeKey("GET", "/api/v1/health-reports")]: same({ query: { limit: "10" } }),
  [routeKey("GET", "/api/v1/health-reports/:reportId")]: reportRecipe(),
  [routeKey("GET", "/api/v1/health-reports/:reportId/export.json")]: reportRecipe(),
  [routeKey("GET", "/api/v1/health-reports/:reportId/export.html")]: reportRecipe(),
  [routeKey("GET", "/api/v1/health-reports/:reportId/export.pdf")]: reportRecipe(),
  [routeKey("GET", "/api/v1/targets/:targetId/health-mutes")]: targetRecipe(),
  [routeKey("POST", "/api/v1/targets/:targetId/health-mutes")]: {
    refersToOrg: true,
    build: async ({ target }) => ({
      params: { targetId: target.targetId },
      body: { checkId: "postgres.ssl_off", reason: "TLS ends at the proxy", until: dayAhead() },
    }),
  },
  [routeKey("DELETE", "/api/v1/health-mutes/:muteId")]: {
    refersToOrg: true,
    build: async ({ db, target }) => {
      const mute = await createMute({
        ctx: system(db, target),
        input: {
          targetId: target.targetId,
          checkId: "postgres.ssl_off",
          reason: "matrix",
          until: dayAhead(),
        },
      });
      return { params: { muteId: mute.id } };
    },
  },
  [routeKey("GET", "/api/v1/report-schedules")]: same(),
  [routeKey("POST", "/api/v1/report-schedules")]: same({ body: scheduleBody() }),
  [routeKey("PUT", "/api/v1/report-schedules/:scheduleId")]: scheduleRecipe(scheduleBody()),
  [routeKey("DELETE", "/api/v1/report-schedules/:scheduleId")]: scheduleRecipe(),

  [routeKey("POST", AGENT_API.register)]: same({
    body: { agentName: "matrix-agent", hostname: "h", agentVersion: "0.1.0", targets: [] },
  }),
  [routeKey("POST", AGENT_API.ingest)]: {
    refersToOrg: true,
    build: async ({ target }) => ({
      body: { payloads: [makePayload({ agentId: target.agentId, targetId: target.targetId })] },
    }),
  },
  [routeKey("POST", AGENT_API.heartbeat)]: {
    refersToOrg: true,
    build: async ({ target }) => ({
      body: {
        agentId: target.agentId,
        agentVersion: "0.1.0",
        sentAt: new Date().toISOString(),
        spool: { payloads: 0, bytes: 0, oldestAt: null },
        droppedPayloads: 0,
        lastError: null,
      },
    }),
  },
};
