import type { AuditAction, AuditActorKind, AuditResourceType } from "@logstag/api-contract";
import { insertAuditRecord } from "../../store/audit.ts";
import type { Queryable } from "../../store/db.ts";
import type { Actor, Ctx, RequestSource } from "../context.ts";

export interface AuditChange {
  action: AuditAction;
  resourceType: AuditResourceType;
  resourceId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  kind: AuditActorKind;
  id: string | null;
  userId: string | null;
  label: string;
}

export function auditActorOf(actor: Actor): AuditActor {
  switch (actor.kind) {
    case "user":
      return { kind: "user", id: actor.userId, userId: actor.userId, label: actor.email };
    case "apiKey":
      return {
        kind: "api_key",
        id: actor.keyId,
        userId: actor.userId,
        label: `${actor.email} (API key ${actor.keyName})`,
      };
    case "agent":
      return { kind: "agent_key", id: actor.agentKeyId, userId: null, label: "agent key" };
    case "system":
      return { kind: "system", id: null, userId: null, label: "Logstag" };
  }
}

/**
 * Appends one audit record. Call it with the transaction that makes the change, so the record
 * exists exactly when the change does.
 */
export async function recordAudit(tx: Queryable, ctx: Ctx, change: AuditChange): Promise<void> {
  await recordAuditAs(
    tx,
    { orgId: ctx.orgId, actor: auditActorOf(ctx.actor), source: ctx.source },
    change,
  );
}

/** For events with no signed-in caller (a failed sign-in, an accepted invitation). */
export async function recordAuditAs(
  tx: Queryable,
  by: { orgId: string; actor: AuditActor; source?: RequestSource | undefined },
  change: AuditChange,
): Promise<void> {
  await insertAuditRecord(tx, {
    orgId: by.orgId,
    actorKind: by.actor.kind,
    actorId: by.actor.id,
    actorUserId: by.actor.userId,
    actorLabel: by.actor.label,
    action: change.action,
    resourceType: change.resourceType,
    resourceId: change.resourceId,
    before: change.before ?? null,
    after: change.after ?? null,
    sourceAddress: by.source?.address ?? null,
    userAgent: by.source?.userAgent ?? null,
  });
}
