import { deleteSession } from "../../store/sessions.ts";
import type { AnonymousCtx } from "../context.ts";
import { hashToken } from "../tokens.ts";

export async function logout({ ctx, token }: { ctx: AnonymousCtx; token: string }): Promise<void> {
  await deleteSession(ctx.db, hashToken(token));
}
