import type { AnonymousCtx } from "../context.ts";
import { AppError } from "../errors.ts";

/** Throws `unavailable` when the store does not answer within a couple of seconds. */
export async function checkStore({ ctx }: { ctx: AnonymousCtx }): Promise<void> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("store did not answer in 2 s")), 2000).unref(),
  );
  try {
    await Promise.race([ctx.db.query("select 1"), timeout]);
  } catch (err) {
    throw new AppError("unavailable", `store unavailable: ${(err as Error).message}`, undefined, 5);
  }
}
