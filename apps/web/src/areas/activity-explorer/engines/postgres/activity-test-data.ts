import type { PostgresSession } from "@logstag/protocol";

/** A session of a sample, for tests: idle-free defaults, overridable field by field. */
export function session(pid: number, overrides: Partial<PostgresSession> = {}): PostgresSession {
  return {
    pid,
    backendStart: "2025-03-04T11:00:00.000Z",
    backendType: "client backend",
    state: "active",
    waitEventType: null,
    waitEvent: null,
    database: "app",
    user: "app_user",
    application: "psql",
    client: "10.0.0.5:50000",
    xactStart: "2025-03-04T11:59:50.000Z",
    queryStart: "2025-03-04T11:59:55.000Z",
    stateChange: "2025-03-04T11:59:55.000Z",
    query: "select 1",
    queryTruncated: false,
    queryFingerprint: null,
    queryId: null,
    blockedBy: [],
    lockWaitStart: null,
    lockMode: null,
    lockType: null,
    lockRelation: null,
    ...overrides,
  };
}

export const SAMPLED_AT = "2025-03-04T12:00:00.000Z";
