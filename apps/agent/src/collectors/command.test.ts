import { expect, it } from "vitest";
import { aclName, command, commandText, isCommand } from "./command.ts";

it("builds frozen branded commands from literals", () => {
  const c = command("config", "GET", "*");
  expect(isCommand(c)).toBe(true);
  expect(isCommand({ name: "INFO", args: [] })).toBe(false);
  expect(commandText(c)).toBe("CONFIG GET *");
  expect(aclName(c, new Set(["config"]))).toBe("config|get");
  expect(aclName(command("INFO", "server"), new Set(["config"]))).toBe("info");
  expect(Object.isFrozen(c.args)).toBe(true);
});

it("refuses values that are not literals at compile time", () => {
  const fromConfig: string = "FLUSHALL";
  // @ts-expect-error a plain string is not a constant command name
  expect(isCommand(command(fromConfig))).toBe(true);
  // @ts-expect-error nor a plain string argument
  expect(command("INFO", fromConfig).args).toEqual(["FLUSHALL"]);
});
