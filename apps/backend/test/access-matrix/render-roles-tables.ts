import {
  API_ROUTES,
  CAPABILITIES,
  CAPABILITY_NAMES,
  type RouteDef,
  scopeAllows,
} from "@logstag/api-contract";
import { AGENT_ROUTES } from "../../src/routes/agent.ts";
import { roleHolds } from "../../src/services/authz/permissions.ts";
import { CAPABILITY_HEADER, documentedKey, ROUTE_HEADER, routeKey } from "./roles-doc.ts";

const mark = (b: boolean) => (b ? "✓" : "–");
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const table = (header: string[], rows: string[][]) =>
  [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");

/** Every route as docs/roles.md lists it: generated snapshot routes once, as `/snapshots/:kind`. */
export const ALL_ROUTES: RouteDef[] = [
  ...new Map(
    [
      ...Object.values(API_ROUTES).flatMap((group) => Object.values(group) as RouteDef[]),
      ...(Object.values(AGENT_ROUTES) as RouteDef[]),
    ].map((r) => {
      const path = documentedKey(routeKey(r.method, r.path)).split(" ")[1] ?? r.path;
      return [routeKey(r.method, path), { ...r, path }];
    }),
  ).values(),
];

/** The two tables docs/roles.md must contain, rendered from the code. */
export function renderCapabilityTable(): string {
  return table(
    CAPABILITY_HEADER,
    CAPABILITY_NAMES.map((c) => [
      `\`${c}\``,
      CAPABILITIES[c].summary,
      ...(["owner", "admin", "member", "viewer"] as const).map((r) => mark(roleHolds(r, c))),
      mark(scopeAllows("read", CAPABILITIES[c].kind)),
      mark(scopeAllows("read-write", CAPABILITIES[c].kind)),
    ]),
  );
}

const CALLER = { public: "anyone", user: "person", agent: "agent key" } as const;

export function renderRouteTable(): string {
  return table(
    ROUTE_HEADER,
    ALL_ROUTES.map((r) => [
      r.method,
      `\`${r.path}\``,
      CALLER[r.access],
      r.capability ? `\`${r.capability}\`` : "–",
    ]),
  );
}
