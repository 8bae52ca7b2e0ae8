import { pathToFileURL } from "node:url";
import { parseCliArgs } from "./cli/args.ts";
import { checkCommand, onceCommand, validateCommand } from "./cli/commands.ts";
import { HELP } from "./cli/help.ts";
import { type CliIo, EXIT, UsageError } from "./cli/io.ts";
import { runCommand } from "./cli/run-command.ts";
import { ConfigError } from "./config/config-error.ts";
import { loadConfig } from "./config/load-config.ts";
import { createLogger } from "./logger.ts";
import { AGENT_VERSION } from "./version.ts";

/** The whole command line; returns the exit code. Errors a user can cause never show a stack. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.env);
    if (args.kind === "help") {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (args.kind === "version") {
      io.stdout(`logstag-agent ${AGENT_VERSION}\n`);
      return EXIT.ok;
    }
    const config = await loadConfig(args.configPath, { env: io.env });
    if (args.command === "validate") return validateCommand(config, io);
    if (args.command === "check") return await checkCommand(config, io);
    if (args.command === "once") return await onceCommand(config, io);
    return await runCommand(config, createLogger({ level: args.logLevel }));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`logstag-agent: ${error.message}\nRun "logstag-agent --help" for usage.\n`);
      return EXIT.config;
    }
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return EXIT.config;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`logstag-agent: unexpected error: ${message}\n`);
    if (io.env.LOGSTAG_DEBUG) io.stderr(`${error instanceof Error ? error.stack : ""}\n`);
    return EXIT.failed;
  }
}

/** Runs the command line of this process. */
export async function main(): Promise<number> {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  };
  return runCli(process.argv.slice(2), io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main();
}
