import { parseArgs } from "node:util";
import { UsageError } from "./io.ts";

export const COMMANDS = ["run", "check", "once", "validate"] as const;
export type Command = (typeof COMMANDS)[number];

export type CliArgs =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "command"; command: Command; configPath: string; logLevel: string };

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace"];

export function parseCliArgs(argv: readonly string[], env: CliIoEnv): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // Node's parseArgs messages go on to explain "--" positionals; the first sentence is enough.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(". ")[0] ?? message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const command = COMMANDS.find((c) => c === (positionals[0] ?? "run"));
  if (!command) {
    throw new UsageError(
      `unknown command "${positionals[0]}"; expected one of ${COMMANDS.join(", ")}`,
    );
  }
  const logLevel = values["log-level"] ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new UsageError(
      `unknown log level "${logLevel}"; expected one of ${LOG_LEVELS.join(", ")}`,
    );
  }
  const configPath = values.config ?? env.LOGSTAG_AGENT_CONFIG ?? "agent.toml";
  return { kind: "command", command, configPath, logLevel };
}

type CliIoEnv = Readonly<Record<string, string | undefined>>;

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string", short: "c" },
      "log-level": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
