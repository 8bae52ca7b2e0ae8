import { isStoreUnavailable } from "../../store/store-unavailable.ts";
import { AppError } from "../errors.ts";

// Besides a store that cannot be reached, conditions that pass: lock conflicts, cancelled
// statements, a partition dropped between the check and the write.
const TRANSIENT_SQLSTATES = new Set(["40P01", "40001", "55P03", "57014", "23514"]);

function isTransient(err: unknown): boolean {
  if (isStoreUnavailable(err)) return true;
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === "string" && TRANSIENT_SQLSTATES.has(code);
}

/** A store failure that a retry can get past becomes 503 + Retry-After, which agents retry. */
export function asStoreBusy(err: unknown): unknown {
  if (!isTransient(err)) return err;
  return new AppError(
    "unavailable",
    "the store could not take this batch right now; nothing was stored. Retry in 2 s",
    undefined,
    2,
  );
}
