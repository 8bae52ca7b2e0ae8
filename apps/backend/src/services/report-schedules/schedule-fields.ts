import type { ScheduleBody } from "@logstag/api-contract";
import type { Queryable } from "../../store/db.ts";
import { listTargets } from "../../store/inventory.ts";
import type { ScheduleFields } from "../../store/report-schedules.ts";
import { notFound } from "../errors.ts";

/** The body as stored; every named target must be the organization's (else 404, like any other id). */
export async function scheduleFields(
  db: Queryable,
  orgId: string,
  body: ScheduleBody,
): Promise<ScheduleFields> {
  const known = new Set((await listTargets(db, orgId)).map((t) => t.id));
  if (body.targetIds.some((id) => !known.has(id))) throw notFound("target");
  return {
    name: body.name,
    targetIds: [...new Set(body.targetIds)],
    frequency: body.frequency,
    hourUtc: body.hourUtc,
    weekday: body.frequency === "weekly" ? body.weekday : null,
    recipients: [...new Set(body.recipients.map((r) => r.toLowerCase()))],
    attachments: [...new Set(body.attachments)],
    enabled: body.enabled,
  };
}
