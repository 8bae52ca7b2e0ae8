import type { ApiKeyScope, Role } from "@logstag/api-contract";
import type { Db } from "../store/db.ts";

export type { Db };

/** Where a request came from, for the audit log and sign-in throttling. */
export interface RequestSource {
  address: string | null;
  userAgent: string | null;
}

/** A person acts through a session or through one of their API keys; both carry their current role. */
export type Actor =
  | { kind: "user"; userId: string; email: string; role: Role; sessionId: string }
  | {
      kind: "apiKey";
      keyId: string;
      keyName: string;
      scope: ApiKeyScope;
      userId: string;
      email: string;
      role: Role;
    }
  | { kind: "agent"; agentKeyId: string }
  | { kind: "system" };

export type PersonActor = Extract<Actor, { kind: "user" | "apiKey" }>;

/** Who is asking, on behalf of which organization. Every service filters on `orgId`. */
export interface Ctx {
  db: Db;
  orgId: string;
  actor: Actor;
  source?: RequestSource;
}

/** Services that run before anyone is identified (sign-in, key lookup) get only the store. */
export interface AnonymousCtx {
  db: Db;
  source?: RequestSource;
}
