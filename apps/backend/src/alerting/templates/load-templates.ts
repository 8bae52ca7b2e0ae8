import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ENGINE_BACKENDS } from "../../engines/registry.ts";
import type { AlertTemplate } from "./alert-template.ts";
import { compileTemplate, TemplateProblem } from "./compile-template.ts";
import { parseYamlSource } from "./source-lines.ts";
import { templateSchema } from "./template-schema.ts";

const SRC = fileURLToPath(new URL("../../", import.meta.url));
/** Templates about the agent itself, whatever the engine. */
export const AGENT_TEMPLATES_DIR = fileURLToPath(new URL("./agent/", import.meta.url));

export class TemplateLibraryError extends Error {
  constructor(readonly problems: string[]) {
    super(`alert templates are invalid:\n  ${problems.join("\n  ")}`);
    this.name = "TemplateLibraryError";
  }
}

/** Every folder holding templates: each engine module's once, and the agent's. */
export function templateFolders(): string[] {
  const engineDirs = Object.values(ENGINE_BACKENDS)
    .filter((b) => b !== null)
    .map((b) => b.alertTemplatesDir);
  return [...new Set([...engineDirs, AGENT_TEMPLATES_DIR])];
}

/** Reads, validates and compiles one file; problems come back as `file:line: message`. */
export function loadTemplateFile(path: string): AlertTemplate | string[] {
  const file = relative(SRC, path);
  const source = parseYamlSource(readFileSync(path, "utf8"));
  if (source.doc.errors.length > 0)
    return source.doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message}`);
  const parsed = templateSchema.safeParse(source.doc.toJS());
  if (!parsed.success)
    return parsed.error.issues.map((i) => {
      const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      return `${file}:${source.lineOf(path)}: ${path.join(".") || "template"}: ${i.message}`;
    });
  try {
    return compileTemplate(parsed.data, file);
  } catch (err) {
    if (!(err instanceof TemplateProblem)) throw err;
    return [`${file}:${source.lineOf(err.path)}: ${err.path.join(".")}: ${err.message}`];
  }
}

/** Loads every template of every folder; throws a TemplateLibraryError listing all problems. */
export function loadTemplateLibrary(folders = templateFolders()): Map<string, AlertTemplate> {
  const library = new Map<string, AlertTemplate>();
  const problems: string[] = [];
  for (const dir of folders) {
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"));
    for (const name of files.sort()) {
      const result = loadTemplateFile(join(dir, name));
      if (Array.isArray(result)) {
        problems.push(...result);
        continue;
      }
      if (`${result.spec.id}.yaml` !== name)
        problems.push(`${result.file}:1: the file must be named ${result.spec.id}.yaml`);
      const other = library.get(result.spec.id);
      if (other)
        problems.push(`${result.file}:1: id ${result.spec.id} is also used by ${other.file}`);
      library.set(result.spec.id, result);
    }
  }
  if (problems.length > 0) throw new TemplateLibraryError(problems);
  return library;
}

let cached: Map<string, AlertTemplate> | undefined;
/** The library, loaded once per process (start-up calls it first, so a bad file stops the start). */
export function templateLibrary(): Map<string, AlertTemplate> {
  cached ??= loadTemplateLibrary();
  return cached;
}
