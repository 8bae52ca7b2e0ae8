import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args.ts";
import { UsageError } from "./io.ts";

describe("parseCliArgs", () => {
  it("defaults to run with ./agent.toml or $LOGSTAG_AGENT_CONFIG", () => {
    expect(parseCliArgs([], {})).toEqual({
      kind: "command",
      command: "run",
      configPath: "agent.toml",
      logLevel: "info",
    });
    expect(parseCliArgs([], { LOGSTAG_AGENT_CONFIG: "/etc/logstag/agent.toml" })).toMatchObject({
      configPath: "/etc/logstag/agent.toml",
    });
  });

  it("reads the command and options", () => {
    expect(parseCliArgs(["check", "-c", "a.toml"], {})).toMatchObject({
      command: "check",
      configPath: "a.toml",
    });
    expect(parseCliArgs(["once", "--config=b.toml", "--log-level", "debug"], {})).toMatchObject({
      command: "once",
      configPath: "b.toml",
      logLevel: "debug",
    });
    expect(parseCliArgs(["validate", "--help"], {})).toEqual({ kind: "help" });
    expect(parseCliArgs(["-v"], {})).toEqual({ kind: "version" });
  });

  it.each([
    [["start"], 'unknown command "start"; expected one of run, check, once, validate'],
    [["run", "extra"], 'unexpected argument "extra"'],
    [["--verbose"], "Unknown option '--verbose'"],
    [
      ["--log-level", "loud"],
      'unknown log level "loud"; expected one of fatal, error, warn, info, debug, trace',
    ],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCliArgs(argv, {})).toThrow(new UsageError(message));
  });
});
