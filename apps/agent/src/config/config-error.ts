import { formatKeyPath, type KeyPath } from "./key-path.ts";

export interface ConfigProblem {
  path: KeyPath;
  message: string;
  line?: number;
  column?: number;
}

/** A mistake in the configuration file: each problem names file, line and key. */
export class ConfigError extends Error {
  readonly file: string;
  readonly problems: readonly ConfigProblem[];

  constructor(file: string, problems: readonly ConfigProblem[]) {
    super(problems.map((p) => formatProblem(file, p)).join("\n"));
    this.name = "ConfigError";
    this.file = file;
    this.problems = problems;
  }
}

export function formatProblem(file: string, p: ConfigProblem): string {
  const where = [file, p.line, p.column].filter((x) => x !== undefined).join(":");
  const path = formatKeyPath(p.path);
  return `${where}: ${path ? `${path}: ` : ""}${p.message}`;
}
