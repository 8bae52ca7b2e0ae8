import type { AuditFilter, AuditListResponse } from "@logstag/api-contract";
import { listAuditRecords } from "../../store/audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";
import { toAuditEntry } from "./to-audit-entry.ts";

export function checkTimeRange(filter: AuditFilter): void {
  if (filter.from && filter.to && Date.parse(filter.to) <= Date.parse(filter.from))
    throw badRequest("`to` must be after `from`");
}

/** One page of the organization's audit log, newest first. */
export async function listAuditLog({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: AuditFilter & { cursor?: string | undefined; limit: number };
}): Promise<AuditListResponse> {
  authorize(ctx, "audit.read");
  checkTimeRange(input);
  const { cursor, limit, ...filter } = input;
  // One extra row tells whether another page exists.
  const rows = await listAuditRecords(
    ctx.db,
    ctx.orgId,
    { ...filter, beforeId: cursor },
    limit + 1,
  );
  const page = rows.slice(0, limit);
  return {
    entries: page.map(toAuditEntry),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
