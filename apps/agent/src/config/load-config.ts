import { readFile } from "node:fs/promises";
import type { Env } from "../collectors/types.ts";
import type { AgentConfig } from "./agent-config.ts";
import { ConfigError } from "./config-error.ts";
import { parseConfig } from "./parse-config.ts";

/** Reads, parses and validates the agent configuration file; throws ConfigError. */
export async function loadConfig(path: string, options: { env?: Env } = {}): Promise<AgentConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = typeof error === "object" && error && "code" in error ? error.code : undefined;
    const reason =
      code === "ENOENT"
        ? "file not found"
        : code === "EACCES"
          ? "permission denied"
          : String(error);
    throw new ConfigError(path, [
      { path: [], message: `cannot read the configuration: ${reason}` },
    ]);
  }
  return parseConfig(text, { file: path, env: options.env });
}
