import type { SeriesResponse } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { querySeries, type SeriesQuery } from "../series/query-series.ts";

/** The series API's entry point: checks the capability, then reads (scoped to the organization). */
export async function queryTargetSeries({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: SeriesQuery;
}): Promise<SeriesResponse> {
  authorize(ctx, "metrics.read");
  return querySeries({ ctx, input });
}
