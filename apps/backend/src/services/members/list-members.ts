import type { Member } from "@logstag/api-contract";
import { listMembers as listMemberRows } from "../../store/accounts.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toMember } from "./to-member.ts";

export async function listMembers({ ctx }: { ctx: Ctx }): Promise<{ members: Member[] }> {
  authorize(ctx, "members.read");
  return { members: (await listMemberRows(ctx.db, ctx.orgId)).map(toMember) };
}
