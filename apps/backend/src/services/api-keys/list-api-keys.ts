import type { ApiKey } from "@logstag/api-contract";
import { listUserApiKeys } from "../../store/api-keys.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toApiKey } from "./to-key.ts";

/** The caller's own keys in this organization. */
export async function listApiKeys({ ctx }: { ctx: Ctx }): Promise<{ apiKeys: ApiKey[] }> {
  authorize(ctx, "api-keys.manage");
  if (ctx.actor.kind !== "user") return { apiKeys: [] };
  const now = new Date();
  const rows = await listUserApiKeys(ctx.db, ctx.orgId, ctx.actor.userId);
  return { apiKeys: rows.map((r) => toApiKey(r, now)) };
}
