import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CommandArgs } from "./args.ts";
import { INIT_ENGINES, type InitEngine, starterConfig } from "./init-template.ts";
import { type CliIo, EXIT, UsageError } from "./io.ts";

/** Writes a commented starter configuration; never overwrites a file without --force. */
export async function initCommand(args: CommandArgs, io: CliIo): Promise<number> {
  const names = args.engines ?? ["postgres"];
  const engines = names.map((name): InitEngine => {
    const engine = INIT_ENGINES.find((e) => e === name.trim());
    if (!engine) {
      throw new UsageError(`unknown engine "${name}"; expected one of ${INIT_ENGINES.join(", ")}`);
    }
    return engine;
  });
  const path = resolve(args.out ?? "agent.toml");
  try {
    await writeFile(path, starterConfig([...new Set(engines)]), {
      flag: args.force ? "w" : "wx",
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new UsageError(`${path} exists; use --force to replace it`);
    }
    throw error;
  }
  io.stdout(`wrote ${path}\n`);
  io.stderr(`Edit it, then run: logstag-agent check -c ${path}\n`);
  return EXIT.ok;
}
