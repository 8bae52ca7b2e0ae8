import { type HealthReport, healthReportSchema } from "@logstag/api-contract";
import { AppError } from "../errors.ts";

/** A report read back from the store, checked against the schema it was written with. */
export function parseStoredReport(json: unknown): HealthReport {
  const parsed = healthReportSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError("internal", "a stored report does not match the report schema");
  return parsed.data;
}
