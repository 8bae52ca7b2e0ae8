import {
  listAlertAgents,
  listAlertTargets,
  listCollectorFacts,
  readAlertPoints,
} from "../../store/alert-assets.ts";
import {
  insertAlertEvents,
  listRuleInstances,
  upsertInstances,
} from "../../store/alert-instances.ts";
import { listEnabledRules } from "../../store/alert-rules.ts";
import { type Db, withTransaction } from "../../store/db.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import { signalEngineOf } from "../templates/compile-template.ts";
import { buildAgentSeries, buildTargetSeries } from "./asset-data.ts";
import { evaluateRules, type RulePlan } from "./evaluate-rules.ts";
import { metricLookbacks } from "./lookback.ts";
import { ruleAssets } from "./rule-assets.ts";

// Any constant; with the organization it names the lock that keeps one evaluation per org at once.
const EVALUATION_LOCK = 7_312_101;

export interface OrgEvaluationSummary {
  rules: number;
  assets: number;
  points: number;
  written: number;
  transitions: number;
  /** Milliseconds spent reading the store, evaluating, and writing. */
  ms?: { read: number; evaluate: number; write: number };
  skipped?: true;
}

/** Evaluates every enabled rule of one organization once, in one transaction. */
export async function evaluateOrg(
  db: Db,
  orgId: string,
  library: Map<string, AlertTemplate>,
  now = new Date(),
): Promise<OrgEvaluationSummary> {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ ok: boolean }>(
      "select pg_try_advisory_xact_lock($1, hashtext($2)) as ok",
      [EVALUATION_LOCK, orgId],
    );
    if (!rows[0]?.ok)
      return { rules: 0, assets: 0, points: 0, written: 0, transitions: 0, skipped: true };
    const started = performance.now();
    const rules = await listEnabledRules(tx, orgId);
    // One transaction is one connection: its queries run one after the other.
    const targets = await listAlertTargets(tx, orgId);
    const agents = await listAlertAgents(tx, orgId);
    const instances = await listRuleInstances(
      tx,
      orgId,
      rules.map((r) => r.id),
    );
    const plans: RulePlan[] = [];
    for (const rule of rules) {
      const template = library.get(rule.template_id);
      if (template)
        plans.push({
          rule,
          template,
          assets: ruleAssets(rule, template, targets, agents, signalEngineOf),
        });
    }
    const lookback = new Map<string, number>();
    const targetIds = new Set<string>();
    for (const p of plans) {
      if (p.assets[0]?.kind !== "target") continue;
      for (const a of p.assets) targetIds.add(a.id);
      for (const [m, ms] of metricLookbacks(p.rule, p.template))
        if (!m.startsWith("target.")) lookback.set(m, Math.max(lookback.get(m) ?? 0, ms));
    }
    const since = new Map([...lookback].map(([m, ms]) => [m, new Date(now.getTime() - ms)]));
    const points = await readAlertPoints(tx, orgId, {
      targetIds: [...targetIds],
      since,
      until: now,
    });
    const needsAgents = plans.some((p) => p.assets[0]?.kind === "agent");
    const series = {
      targets: buildTargetSeries(points, targets),
      agents: needsAgents
        ? buildAgentSeries(agents, targets, await listCollectorFacts(tx, orgId))
        : new Map(),
    };
    const read = performance.now();
    const { writes, events } = evaluateRules(plans, instances, series, now.getTime());
    const evaluated = performance.now();
    const ids = await upsertInstances(tx, orgId, writes);
    await insertAlertEvents(
      tx,
      orgId,
      events.map((e) => ({
        instanceId: ids.get(e.key) as string,
        ruleId: e.ruleId,
        at: now,
        event: e.event,
        state: e.state,
        severity: e.severity,
        value: e.value,
        actor: null,
        comment: e.comment,
      })),
    );
    return {
      rules: plans.length,
      assets: plans.reduce((n, p) => n + p.assets.length, 0),
      points: points.length,
      written: writes.length,
      transitions: events.length,
      ms: {
        read: Math.round(read - started),
        evaluate: Math.round(evaluated - read),
        write: Math.round(performance.now() - evaluated),
      },
    };
  });
}
