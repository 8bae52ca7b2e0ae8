import { badRequest } from "../errors.ts";

const MAX_RANGE_DAYS = 31;

/** A snapshot range as dates; longer ranges than a month are refused. */
export function snapshotRange(input: { from: string; to: string }): { from: Date; to: Date } {
  const from = new Date(input.from);
  const to = new Date(input.to);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badRequest(`the range may span at most ${MAX_RANGE_DAYS} days`);
  }
  return { from, to };
}
