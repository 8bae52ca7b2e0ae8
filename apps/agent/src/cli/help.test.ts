import { expect, it } from "vitest";
import { runCli } from "../cli.ts";
import { COMMANDS } from "./args.ts";

async function output(args: string[]): Promise<string> {
  let text = "";
  await runCli(args, { stdout: (t) => (text += t), stderr: (t) => (text += t), env: {} });
  return text;
}

it("has help for each command, as `help <command>` and `<command> --help`", async () => {
  for (const command of COMMANDS) {
    const help = await output(["help", command]);
    expect(help).toContain(`Usage: logstag-agent ${command}`);
    expect(await output([command, "--help"])).toBe(help);
  }
  expect(await output(["--help"])).toContain("Commands:");
});
