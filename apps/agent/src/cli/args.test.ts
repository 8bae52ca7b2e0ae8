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
    expect(parseCliArgs(["validate", "--help"], {})).toEqual({ kind: "help", command: "validate" });
    expect(parseCliArgs(["help", "encrypt"], {})).toEqual({ kind: "help", command: "encrypt" });
    expect(parseCliArgs(["--help"], {})).toEqual({ kind: "help" });
    expect(
      parseCliArgs(["init", "-e", "postgres,redis", "-e", "valkey", "-o", "x.toml"], {}),
    ).toMatchObject({
      command: "init",
      engines: ["postgres", "redis", "valkey"],
      out: "x.toml",
    });
    expect(parseCliArgs(["encrypt", "--key-file", "k"], {})).toMatchObject({ keyFile: "k" });
    expect(parseCliArgs(["-v"], {})).toEqual({ kind: "version" });
  });

  it.each([
    [
      ["start"],
      'unknown command "start"; expected one of run, check, once, validate, init, encrypt, keygen',
    ],
    [["run", "extra"], 'unexpected argument "extra"'],
    [["keygen", "--config", "a.toml"], "keygen does not take --config"],
    [["--verbose"], "Unknown option '--verbose'"],
    [
      ["--log-level", "loud"],
      'unknown log level "loud"; expected one of fatal, error, warn, info, debug, trace',
    ],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCliArgs(argv, {})).toThrow(new UsageError(message));
  });
});
