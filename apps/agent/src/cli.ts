import { pathToFileURL } from "node:url";
import { parseCliArgs } from "./cli/args.ts";
import { checkCommand, onceCommand, validateCommand } from "./cli/commands.ts";
import { COMMAND_HELP, HELP } from "./cli/help.ts";
import { initCommand } from "./cli/init-command.ts";
import { type CliIo, EXIT, UsageError } from "./cli/io.ts";
import { readSecretFromProcess } from "./cli/read-secret.ts";
import { runCommand } from "./cli/run-command.ts";
import { encryptCommand, keygenCommand } from "./cli/secret-commands.ts";
import { ConfigError } from "./config/config-error.ts";
import { loadConfig } from "./config/load-config.ts";
import { createLogger } from "./logger.ts";
import { SpoolOpenError } from "./shipper/open-spool.ts";
import { AGENT_VERSION } from "./version.ts";

/** The whole command line; returns the exit code. Errors a user can cause never show a stack. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.env);
    if (args.kind === "help") {
      io.stdout(args.command ? COMMAND_HELP[args.command] : HELP);
      return EXIT.ok;
    }
    if (args.kind === "version") {
      io.stdout(`logstag-agent ${AGENT_VERSION}\n`);
      return EXIT.ok;
    }
    if (args.command === "init") return await initCommand(args, io);
    if (args.command === "keygen") return await keygenCommand(args, io);
    if (args.command === "encrypt") return await encryptCommand(args, io);
    const config = await loadConfig(args.configPath, { env: io.env });
    if (args.command === "validate") return validateCommand(config, io);
    if (args.command === "check") return await checkCommand(config, io);
    if (args.command === "once") return await onceCommand(config, io);
    const logger = createLogger({ level: args.logLevel });
    return await runCommand(config, { configPath: args.configPath, env: io.env, logger });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`logstag-agent: ${error.message}\nRun "logstag-agent --help" for usage.\n`);
      return EXIT.config;
    }
    if (error instanceof ConfigError || error instanceof SpoolOpenError) {
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
    readSecret: readSecretFromProcess,
  };
  return runCli(process.argv.slice(2), io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
