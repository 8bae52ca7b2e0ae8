import type { AuditFilter } from "@logstag/api-contract";
import { listAuditRecords } from "../../store/audit.ts";
import { withTransaction } from "../../store/db.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { auditEntriesToCsv } from "./audit-csv.ts";
import { checkTimeRange } from "./list-audit-log.ts";
import { recordAudit } from "./record-audit.ts";
import { toAuditEntry } from "./to-audit-entry.ts";

export const AUDIT_EXPORT_MAX_ROWS = 100_000;

/** The filtered audit log as CSV; the export itself is recorded. */
export async function exportAuditLog({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: AuditFilter;
}): Promise<string> {
  authorize(ctx, "audit.read");
  checkTimeRange(input);
  return withTransaction(ctx.db, async (tx) => {
    const rows = await listAuditRecords(tx, ctx.orgId, input, AUDIT_EXPORT_MAX_ROWS);
    await recordAudit(tx, ctx, {
      action: "audit_log.exported",
      resourceType: "audit_log",
      resourceId: null,
      after: { filter: input, records: rows.length },
    });
    return auditEntriesToCsv(rows.map(toAuditEntry));
  });
}
