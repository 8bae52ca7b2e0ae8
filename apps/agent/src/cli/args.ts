import { parseArgs } from "node:util";
import { UsageError } from "./io.ts";

export const COMMANDS = ["run", "check", "once", "validate", "init", "encrypt", "keygen"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CommandArgs {
  kind: "command";
  command: Command;
  configPath: string;
  logLevel: string;
  keyFile?: string;
  out?: string;
  engines?: string[];
  force?: boolean;
}

export type CliArgs = { kind: "help"; command?: Command } | { kind: "version" } | CommandArgs;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace"];

/** Options a command accepts besides --help; anything else is a usage error. */
const COMMAND_OPTIONS: Record<Command, readonly string[]> = {
  run: ["config", "log-level"],
  check: ["config", "log-level"],
  once: ["config", "log-level"],
  validate: ["config", "log-level"],
  init: ["out", "engine", "force"],
  encrypt: ["key-file"],
  keygen: ["out", "force"],
};

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
  if (values.version) return { kind: "version" };
  // "help <command>" and "<command> --help" both show that command's help.
  const words = positionals[0] === "help" ? positionals.slice(1) : positionals;
  const help = values.help || positionals[0] === "help";
  if (words.length > 1) throw new UsageError(`unexpected argument "${words[1]}"`);
  const command = COMMANDS.find((c) => c === (words[0] ?? "run"));
  if (!command) {
    throw new UsageError(`unknown command "${words[0]}"; expected one of ${COMMANDS.join(", ")}`);
  }
  if (help) return words[0] ? { kind: "help", command } : { kind: "help" };
  for (const option of Object.keys(values)) {
    if (option === "help" || option === "version") continue;
    if (!COMMAND_OPTIONS[command].includes(option)) {
      throw new UsageError(`${command} does not take --${option}`);
    }
  }
  const logLevel = values["log-level"] ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new UsageError(
      `unknown log level "${logLevel}"; expected one of ${LOG_LEVELS.join(", ")}`,
    );
  }
  const configPath = values.config ?? env.LOGSTAG_AGENT_CONFIG ?? "agent.toml";
  return {
    kind: "command",
    command,
    configPath,
    logLevel,
    ...(values["key-file"] ? { keyFile: values["key-file"] } : {}),
    ...(values.out ? { out: values.out } : {}),
    ...(values.engine ? { engines: values.engine.flatMap((e) => e.split(",")) } : {}),
    ...(values.force ? { force: true } : {}),
  };
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
      "key-file": { type: "string", short: "k" },
      out: { type: "string", short: "o" },
      engine: { type: "string", short: "e", multiple: true },
      force: { type: "boolean", short: "f" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
