import type {
  CollectionError,
  Diagnostic,
  IntervalGroup,
  Inventory,
  MetricSample,
  Snapshot,
} from "@logstag/protocol";
import type { z } from "zod";

export type Env = Readonly<Record<string, string | undefined>>;

export interface CollectorResult {
  metrics: MetricSample[];
  inventory?: Inventory;
  snapshot?: Snapshot;
  /** What the collector could not read for lack of a privilege or setting, and the fix. */
  diagnostics?: Diagnostic[];
}

export interface Collector<S> {
  /** Lower-case word, unique within the engine; travels in every payload. */
  name: string;
  group: IntervalGroup;
  /** A longer limit than the target's collector_timeout, for collectors that visit many objects. */
  timeoutMs?: number;
  collect(session: S): Promise<CollectorResult>;
}

export interface EngineSession {
  close(): Promise<void>;
  /** False once the connection cannot be used any more (e.g. it timed out mid-command). */
  usable?(): boolean;
}

export interface ConnectOptions {
  /** Gives up connecting after this long. */
  timeoutMs: number;
  /** Server-side limit on each statement. */
  statementTimeoutMs: number;
}

/**
 * What an engine provides. Each `[[targets]]` table's engine-specific keys are validated by
 * `configSchema`; the scheduler hands the result back to `connect`, and the session that
 * `connect` returned to each collector.
 */
/**
 * How an engine keeps the read-only rule. The generic read-only test hands it every value its
 * `queries*.ts` files export: each must be one of the engine's branded statements, and keep the rule.
 */
export interface ReadOnlyPolicy {
  isStatement(value: unknown): boolean;
  /** Why the statement breaks the read-only rule; empty when it keeps it. */
  check(statement: unknown): string[];
}

export interface EngineCollectors<C = unknown, S extends EngineSession = EngineSession> {
  /** Keys of a `[[targets]]` table this engine owns (besides name, engine, enabled, …). */
  configSchema(env: Env): z.ZodType<C>;
  /** `host:port/database`, for logs and the inventory; never credentials. */
  endpoint(connection: C): string;
  connect(connection: C, options: ConnectOptions): Promise<S>;
  /** Turns a driver error into the protocol's error kinds with a message a user can act on. */
  describeError(error: unknown, connection: C): CollectionError;
  collectors: readonly Collector<S>[];
  readOnly: ReadOnlyPolicy;
}
