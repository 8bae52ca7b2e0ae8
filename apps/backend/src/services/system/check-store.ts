import type { AnonymousCtx } from "../context.ts";
import { storeUnavailable } from "../errors.ts";

/**
 * Throws `unavailable` when the store does not answer within a couple of seconds. Anyone may ask,
 * so the answer is generic; the driver's error (addresses, user names) goes to the log only.
 */
export async function checkStore({ ctx }: { ctx: AnonymousCtx }): Promise<void> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("store did not answer in 2 s")), 2000).unref(),
  );
  try {
    await Promise.race([ctx.db.query("select 1"), timeout]);
  } catch (err) {
    throw storeUnavailable(err);
  }
}
