import type { Queryable } from "../../store/db.ts";
import { listChannels } from "../../store/notification-channels.ts";
import { notFound } from "../errors.ts";

/** Every channel a policy names must be one of the organization's. */
export async function checkPolicyChannels(
  db: Queryable,
  orgId: string,
  channelIds: string[],
): Promise<void> {
  const own = new Set((await listChannels(db, orgId)).map((c) => c.id));
  const missing = channelIds.filter((id) => !own.has(id));
  if (missing.length > 0) throw notFound(`channel ${missing[0]}`);
}
