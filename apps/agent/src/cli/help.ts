export const HELP = `Usage: logstag-agent [command] [--config <file>]

Collects statistics from your databases and ships them to Logstag.

Commands:
  run        collect and ship until stopped with Ctrl-C or SIGTERM (default)
  check      validate the configuration and test each enabled target: connection,
             every collector, missing privileges; exit code 1 if any target fails
  once       run every collector of every enabled target once and print the
             payloads that would be sent (as JSON); sends nothing
  validate   validate the configuration file only

Options:
  -c, --config <file>   configuration file (default: $LOGSTAG_AGENT_CONFIG or ./agent.toml)
      --log-level <l>   fatal, error, warn, info, debug or trace (default: info)
  -h, --help            show this help
  -v, --version         print the agent version

Exit codes: 0 ok, 1 a check or the agent failed, 2 configuration or usage error.
`;
