import type { Queryable } from "./db.ts";

export interface RuleRow {
  org_id: string;
  id: string;
  name: string;
  template_id: string;
  template_version: number;
  params: Record<string, number | boolean | string>;
  scope: { kind: "all" } | { kind: "targets"; targetIds: string[] } | { kind: "tag"; tag: string };
  severities: Record<string, string>;
  overrides: Record<string, Record<string, number | boolean | string>>;
  timing: { forSeconds?: number; keepFiringForSeconds?: number; noData?: string };
  enabled: boolean;
  created_at: Date;
  updated_at: Date;
  firing?: number;
  pending?: number;
}

export type RuleFields = Pick<
  RuleRow,
  | "name"
  | "template_id"
  | "template_version"
  | "params"
  | "scope"
  | "severities"
  | "overrides"
  | "timing"
  | "enabled"
>;

const COUNTS = `(select count(*) from alert_instances i
                  where i.org_id = r.org_id and i.rule_id = r.id and i.state = 'firing')::int as firing,
                (select count(*) from alert_instances i
                  where i.org_id = r.org_id and i.rule_id = r.id and i.state = 'pending')::int as pending`;

export async function listRules(db: Queryable, orgId: string): Promise<RuleRow[]> {
  const { rows } = await db.query<RuleRow>(
    `select r.*, ${COUNTS} from alert_rules r where r.org_id = $1 order by r.name, r.id`,
    [orgId],
  );
  return rows;
}

export async function findRule(
  db: Queryable,
  orgId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<RuleRow | undefined> {
  const { rows } = await db.query<RuleRow>(
    `select r.*, ${opts.forUpdate ? "0 as firing, 0 as pending" : COUNTS}
       from alert_rules r where r.org_id = $1 and r.id = $2${opts.forUpdate ? " for update" : ""}`,
    [orgId, id],
  );
  return rows[0];
}

export async function insertRule(db: Queryable, orgId: string, f: RuleFields): Promise<RuleRow> {
  const { rows } = await db.query<RuleRow>(
    `insert into alert_rules (org_id, name, template_id, template_version, params, scope,
                              severities, overrides, timing, enabled)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     returning *, 0 as firing, 0 as pending`,
    [
      orgId,
      f.name,
      f.template_id,
      f.template_version,
      JSON.stringify(f.params),
      JSON.stringify(f.scope),
      JSON.stringify(f.severities),
      JSON.stringify(f.overrides),
      JSON.stringify(f.timing),
      f.enabled,
    ],
  );
  return rows[0] as RuleRow;
}

export async function updateRule(
  db: Queryable,
  orgId: string,
  id: string,
  f: RuleFields,
): Promise<void> {
  await db.query(
    `update alert_rules set name = $3, template_version = $4, params = $5, scope = $6,
            severities = $7, overrides = $8, timing = $9, enabled = $10, updated_at = now()
      where org_id = $1 and id = $2`,
    [
      orgId,
      id,
      f.name,
      f.template_version,
      JSON.stringify(f.params),
      JSON.stringify(f.scope),
      JSON.stringify(f.severities),
      JSON.stringify(f.overrides),
      JSON.stringify(f.timing),
      f.enabled,
    ],
  );
}

export async function deleteRule(db: Queryable, orgId: string, id: string): Promise<void> {
  await db.query("delete from alert_rules where org_id = $1 and id = $2", [orgId, id]);
}

/** Organizations with at least one enabled rule, for the evaluation job. */
export async function orgsWithEnabledRules(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ org_id: string }>(
    "select distinct org_id from alert_rules where enabled",
  );
  return rows.map((r) => r.org_id);
}

export async function listEnabledRules(db: Queryable, orgId: string): Promise<RuleRow[]> {
  const { rows } = await db.query<RuleRow>(
    "select * from alert_rules where org_id = $1 and enabled order by id",
    [orgId],
  );
  return rows;
}
