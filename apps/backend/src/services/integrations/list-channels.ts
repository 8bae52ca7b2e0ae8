import type { Channel } from "@logstag/api-contract";
import { listChannels as listChannelRows } from "../../store/notification-channels.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toChannel } from "./to-channel.ts";

export async function listChannels({ ctx }: { ctx: Ctx }): Promise<{ channels: Channel[] }> {
  authorize(ctx, "integrations.read");
  return { channels: (await listChannelRows(ctx.db, ctx.orgId)).map(toChannel) };
}
