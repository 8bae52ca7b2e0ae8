import { DEFAULT_TIMESERIES_CONFIG, type TimeseriesConfig } from "../../timeseries-config.ts";
import { IngestGate } from "./ingest-gate.ts";

const QUEUE_WAIT_MS = 15_000;

let current: TimeseriesConfig = DEFAULT_TIMESERIES_CONFIG;

/** The one ingest gate of this process: its limits are the process's share of the store. */
export const ingestGate = new IngestGate({ ...current.ingest, maxWaitMs: QUEUE_WAIT_MS });

/** Applies the configured retention and ingest limits; the defaults hold until this is called. */
export function configureTimeseries(config: TimeseriesConfig): void {
  current = config;
  ingestGate.configure({ ...config.ingest, maxWaitMs: QUEUE_WAIT_MS });
}

export function timeseriesSettings(): TimeseriesConfig {
  return current;
}
