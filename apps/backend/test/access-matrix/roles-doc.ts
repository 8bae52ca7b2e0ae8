import { readFileSync } from "node:fs";
import type { Capability, Role } from "@logstag/api-contract";

/** What docs/roles.md says; the access matrix test expects exactly this of the running API. */
export interface RolesDoc {
  capabilities: Map<string, DocumentedCapability>;
  routes: Map<string, DocumentedRoute>;
}

export interface DocumentedCapability {
  roles: Set<Role>;
  readKey: boolean;
  writeKey: boolean;
}

export type DocumentedAccess = "anyone" | "person" | "agent key";

export interface DocumentedRoute {
  access: DocumentedAccess;
  capability: Capability | undefined;
}

export const ROLES_DOC_PATH = new URL("../../../../docs/roles.md", import.meta.url).pathname;

export const CAPABILITY_HEADER = [
  "Capability",
  "What it allows",
  "Account Owner",
  "Admin",
  "Member",
  "Viewer",
  "API key (read)",
  "API key (read-write)",
];
export const ROUTE_HEADER = ["Method", "Path", "Caller", "Capability"];
const ROLE_COLUMNS: [Role, number][] = [
  ["owner", 2],
  ["admin", 3],
  ["member", 4],
  ["viewer", 5],
];

export const routeKey = (method: string, path: string) => `${method} ${path}`;

/** Generated snapshot routes are documented once, as `/snapshots/:kind`. */
export const documentedKey = (key: string) =>
  key.replace(/\/snapshots\/[a-z0-9_.]+/, "/snapshots/:kind");

/** Rows of the first table whose header is `header`, cells trimmed and unquoted. */
export function readTable(markdown: string, header: string[]): string[][] {
  const lines = markdown.split("\n").map((l) => l.trim());
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim().replaceAll("`", ""));
  const start = lines.findIndex(
    (l) => l.startsWith("|") && cells(l).join("|") === header.join("|"),
  );
  if (start === -1) throw new Error(`docs/roles.md has no table headed ${header.join(" | ")}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(cells(line));
  }
  return rows;
}

const yes = (cell: string | undefined) => cell === "✓";

export function parseRolesDoc(markdown = readFileSync(ROLES_DOC_PATH, "utf8")): RolesDoc {
  const capabilities = new Map<string, DocumentedCapability>();
  for (const row of readTable(markdown, CAPABILITY_HEADER)) {
    capabilities.set(row[0] as string, {
      roles: new Set(ROLE_COLUMNS.filter(([, i]) => yes(row[i])).map(([role]) => role)),
      readKey: yes(row[6]),
      writeKey: yes(row[7]),
    });
  }
  const routes = new Map<string, DocumentedRoute>();
  for (const [method, path, caller, capability] of readTable(markdown, ROUTE_HEADER)) {
    routes.set(routeKey(method as string, path as string), {
      access: caller as DocumentedAccess,
      capability: capability && capability !== "–" ? (capability as Capability) : undefined,
    });
  }
  return { capabilities, routes };
}
