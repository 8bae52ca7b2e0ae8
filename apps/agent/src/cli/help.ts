import type { Command } from "./args.ts";

export const HELP = `Usage: logstag-agent <command> [options]

Collects statistics from your databases and ships them to Logstag.

Commands:
  run        collect and ship until stopped (default); SIGHUP reloads the configuration
  check      validate the configuration and test each enabled target: connection,
             every collector, missing privileges; exit code 1 if any target fails
  once       run every collector of every enabled target once and print the
             payloads that would be sent (as JSON); sends nothing
  validate   validate the configuration file only
  init       write a commented starter agent.toml for the engines you name
  keygen     write a new key file for encrypted secrets
  encrypt    encrypt a password or agent key read from stdin, for agent.toml

Options:
  -c, --config <file>   configuration file (default: $LOGSTAG_AGENT_CONFIG or ./agent.toml)
  -h, --help            show this help, or a command's: logstag-agent help <command>
  -v, --version         print the agent version

Exit codes: 0 ok, 1 a check or the agent failed, 2 configuration or usage error.
`;

const CONFIG =
  "  -c, --config <file>   configuration file (default: $LOGSTAG_AGENT_CONFIG or ./agent.toml)";

export const COMMAND_HELP: Record<Command, string> = {
  run: `Usage: logstag-agent run [-c <file>] [--log-level <level>]

Registers with the backend, collects from every enabled target and ships the payloads until
SIGINT or SIGTERM. While the backend is unreachable, payloads wait in the spool directory.
SIGHUP reloads the configuration; an invalid one is logged and the running one is kept.

${CONFIG}
      --log-level <l>   fatal, error, warn, info, debug or trace (default: info)
`,
  check: `Usage: logstag-agent check [-c <file>]

Connects to every enabled target and runs each collector once. Prints one line per target
(OK / FAILED with the reason) and the privileges that are missing. Exit code 1 if any failed.

${CONFIG}
`,
  once: `Usage: logstag-agent once [-c <file>]

Runs every collector of every enabled target once and prints the payloads as JSON. Sends nothing.

${CONFIG}
`,
  validate: `Usage: logstag-agent validate [-c <file>]

Validates the configuration file (and decrypts its encrypted values) without connecting anywhere.

${CONFIG}
`,
  init: `Usage: logstag-agent init [--engine <names>] [--out <file>] [--force]

Writes a commented starter configuration with one target per engine named.

  -e, --engine <names>  postgres, redis, valkey; repeat or separate with commas (default: postgres)
  -o, --out <file>      where to write it (default: ./agent.toml); never overwritten without --force
  -f, --force           overwrite an existing file
`,
  keygen: `Usage: logstag-agent keygen [--out <file>] [--force]

Writes a new random key (AES-256) readable only by you (mode 0600). Point [secrets] key_file,
or the LOGSTAG_AGENT_KEY_FILE environment variable, at it. Keep a copy: without it, the
encrypted values in agent.toml cannot be read.

  -o, --out <file>      where to write it (default: ./agent.key)
  -f, --force           overwrite an existing key file (values encrypted with it become unreadable)
`,
  encrypt: `Usage: logstag-agent encrypt [--key-file <file>]

Reads a secret from standard input (or asks for it when run in a terminal) and prints it
encrypted, as enc:v1:…, to paste into password or api_key.

  -k, --key-file <file> the key (default: $LOGSTAG_AGENT_KEY_FILE); the key itself may
                        instead be given in $LOGSTAG_AGENT_SECRET_KEY
`,
};
