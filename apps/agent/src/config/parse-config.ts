import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import {
  DEFAULT_INTERVAL_SECONDS,
  ENGINE_KINDS,
  type EngineKind,
  INTERVAL_GROUPS,
} from "@logstag/protocol";
import { parse as parseToml, TomlError } from "smol-toml";
import type { z } from "zod";
import { findEngine, supportedEngines } from "../collectors/registry.ts";
import type { Env } from "../collectors/types.ts";
import {
  type AgentConfig,
  DEFAULT_COLLECTOR_TIMEOUT_MS,
  type TargetConfig,
} from "./agent-config.ts";
import { ConfigError, type ConfigProblem } from "./config-error.ts";
import { COMMON_TARGET_KEYS, DEFAULT_SPOOL, sectionSchemas, targetCommonSchema } from "./schema.ts";
import { decryptDocument } from "./secret-values.ts";
import { locateKey } from "./toml-locate.ts";
import { configErrorMap, toProblems } from "./zod-issues.ts";

export interface ParseConfigOptions {
  /** Shown in messages; usually the path the user gave. */
  file: string;
  env?: Env;
}

/** Parses and validates an agent configuration; throws ConfigError listing every problem. */
export function parseConfig(text: string, options: ParseConfigOptions): AgentConfig {
  const { file, env = process.env } = options;
  let document: unknown;
  try {
    document = parseToml(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const message = error.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "");
    throw new ConfigError(file, [
      { path: [], line: error.line, column: error.column, message: `invalid TOML: ${message}` },
    ]);
  }
  const problems: ConfigProblem[] = [];
  const sections = sectionSchemas(env);
  const section = <T>(schema: z.ZodType<T>, key: string | null): T | undefined => {
    const value = key === null ? document : readKey(document, key);
    const result = schema.safeParse(value, { error: configErrorMap });
    if (!result.success) problems.push(...toProblems(result.error, key === null ? [] : [key]));
    return result.data;
  };
  const secrets = section(sections.secrets, "secrets");
  document = decryptDocument(document, { file, env, keyFile: secrets?.key_file }, problems);
  // A value that could not be decrypted is reported once, not again by its validation.
  const undecrypted = new Set(problems.map((p) => JSON.stringify(p.path)));
  const early = problems.length;
  section(sections.root, null);
  const agent = section(sections.agent, "agent");
  const backend = section(sections.backend, "backend");
  const spool = section(sections.spool, "spool");
  const metrics = section(sections.metrics, "metrics");
  const defaults = {
    ...secondsToMs(DEFAULT_INTERVAL_SECONDS),
    ...section(sections.intervals, "intervals"),
  };
  const targets = section(sections.targets, "targets")?.map((raw, i) =>
    parseTarget(raw, i, defaults, env, problems),
  );
  if (targets) checkDuplicateNames(targets, problems);
  if (problems.length > 0 || !agent || !backend || !targets) {
    const reported = problems.filter(
      (p, i) => i < early || !undecrypted.has(JSON.stringify(p.path)),
    );
    const located = reported.map((p) => ({ ...p, ...lineOf(text, p) }));
    throw new ConfigError(
      file,
      located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    );
  }
  return {
    file,
    agent: { name: agent.name ?? hostname() },
    backend,
    spool: {
      dir: spoolDir(file, env, spool?.dir),
      maxBytes: spool?.max_size ?? DEFAULT_SPOOL.maxBytes,
      maxAgeMs: spool?.max_age ?? DEFAULT_SPOOL.maxAgeMs,
    },
    metrics: metrics?.listen ? { listen: hostPort(metrics.listen) } : {},
    targets: targets.filter((t): t is TargetConfig => t !== undefined),
  };
}

/** Relative to the configuration file; by default systemd's state directory, else next to the file. */
function spoolDir(file: string, env: Env, configured: string | undefined): string {
  if (configured) return resolve(dirname(file), configured);
  const state = env.STATE_DIRECTORY?.split(":")[0];
  return state ? join(state, "spool") : resolve(dirname(file), "spool");
}

function hostPort(listen: string): { host: string; port: number } {
  const at = listen.lastIndexOf(":");
  return { host: listen.slice(0, at).replace(/^\[|\]$/g, ""), port: Number(listen.slice(at + 1)) };
}

function readKey(document: unknown, key: string): unknown {
  return typeof document === "object" && document !== null && key in document
    ? Object.getOwnPropertyDescriptor(document, key)?.value
    : undefined;
}

function secondsToMs(seconds: typeof DEFAULT_INTERVAL_SECONDS): TargetConfig["intervalsMs"] {
  return {
    high: seconds.high * 1000,
    medium: seconds.medium * 1000,
    low: seconds.low * 1000,
    schema: seconds.schema * 1000,
  };
}

function lineOf(text: string, problem: ConfigProblem): Pick<ConfigProblem, "line"> {
  const line = locateKey(text, problem.path)?.line;
  return line === undefined ? {} : { line };
}

function parseTarget(
  raw: Record<string, unknown>,
  index: number,
  defaults: TargetConfig["intervalsMs"],
  env: Env,
  problems: ConfigProblem[],
): TargetConfig | undefined {
  const at = ["targets", index];
  const common = targetCommonSchema.safeParse(raw, { error: configErrorMap });
  if (!common.success) problems.push(...toProblems(common.error, at));
  const engineKind = ENGINE_KINDS.find((kind) => kind === raw.engine);
  const engine = engineKind ? findEngine(engineKind) : null;
  if (typeof raw.engine === "string" && !engine) {
    problems.push({ path: [...at, "engine"], message: engineProblem(raw.engine, engineKind) });
  }
  if (!engine || !engineKind) return undefined;
  const ownKeys = Object.entries(raw).filter(([key]) => !COMMON_TARGET_KEYS.includes(key));
  const connection = engine.configSchema(env).safeParse(Object.fromEntries(ownKeys), {
    error: configErrorMap,
  });
  if (!connection.success) problems.push(...toProblems(connection.error, at));
  if (!common.success || !connection.success) return undefined;
  const intervalsMs = { ...defaults };
  for (const group of INTERVAL_GROUPS) {
    const override = common.data.intervals?.[group];
    if (override !== undefined) intervalsMs[group] = override;
  }
  return {
    name: common.data.name,
    engine: engineKind,
    enabled: common.data.enabled,
    intervalsMs,
    collectorTimeoutMs: common.data.collector_timeout ?? DEFAULT_COLLECTOR_TIMEOUT_MS,
    connection: connection.data,
    endpoint: engine.endpoint(connection.data),
  };
}

function engineProblem(name: string, known: EngineKind | undefined): string {
  const supported = `this agent supports: ${supportedEngines().join(", ")}`;
  return known
    ? `engine "${name}" is not available in this release of the agent; ${supported}`
    : `unknown engine "${name}"; ${supported}`;
}

function checkDuplicateNames(targets: (TargetConfig | undefined)[], problems: ConfigProblem[]) {
  const seen = new Map<string, number>();
  targets.forEach((target, i) => {
    if (!target) return;
    const first = seen.get(target.name);
    if (first === undefined) seen.set(target.name, i);
    else {
      problems.push({
        path: ["targets", i, "name"],
        message: `duplicate target name "${target.name}" (also used by targets[${first}]); names must be unique`,
      });
    }
  });
}
