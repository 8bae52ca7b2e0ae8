import type { AuditAction } from "@logstag/api-contract";
import { listMemberships, type UserRow } from "../../store/accounts.ts";
import { hasRecentAuditRecord } from "../../store/audit.ts";
import { type Db, withTransaction } from "../../store/db.ts";
import { recordAuditAs } from "../audit/record-audit.ts";
import type { RequestSource } from "../context.ts";

// A throttled burst would otherwise write one record per refused request.
const THROTTLE_RECORD_EVERY_SECONDS = 60;

/**
 * Tells every organization of a known account that someone failed to sign in as it, or was
 * throttled (once a minute per account and organization). Unknown e-mails have no organization.
 */
export async function auditSignInRefusal(
  db: Db,
  user: Pick<UserRow, "id"> | undefined,
  action: Extract<AuditAction, "user.sign_in_failed" | "user.sign_in_throttled">,
  tried: { account: string; source?: RequestSource | undefined },
): Promise<void> {
  if (!user) return;
  await withTransaction(db, async (tx) => {
    for (const m of await listMemberships(tx, user.id)) {
      if (
        action === "user.sign_in_throttled" &&
        (await hasRecentAuditRecord(tx, {
          orgId: m.org_id,
          action,
          resourceId: user.id,
          seconds: THROTTLE_RECORD_EVERY_SECONDS,
        }))
      )
        continue;
      await recordAuditAs(
        tx,
        {
          orgId: m.org_id,
          actor: { kind: "anonymous", id: null, userId: null, label: tried.account },
          source: tried.source,
        },
        { action, resourceType: "user", resourceId: user.id },
      );
    }
  });
}
