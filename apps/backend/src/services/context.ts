import type { Role } from "@logstag/api-contract";
import type { Db } from "../store/db.ts";

export type { Db };

export type Actor =
  | { kind: "user"; userId: string; email: string; role: Role }
  | { kind: "agent"; agentKeyId: string }
  | { kind: "system" };

/** Who is asking, on behalf of which organization. Every service filters on `orgId`. */
export interface Ctx {
  db: Db;
  orgId: string;
  actor: Actor;
}

/** Services that run before anyone is identified (sign-in, agent key lookup) get only the store. */
export interface AnonymousCtx {
  db: Db;
}
