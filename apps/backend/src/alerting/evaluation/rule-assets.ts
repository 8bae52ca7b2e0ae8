import type { AssetAgent, AssetTarget } from "../../store/alert-assets.ts";
import type { RuleRow } from "../../store/alert-rules.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import type { TemplateEngine } from "../templates/template-schema.ts";

export interface RuleAsset {
  kind: "target" | "agent";
  id: string;
  name: string;
  engine: string;
  /** The engine whose signals apply (`redis` for a Valkey target, `agent` for an agent). */
  signalEngine: TemplateEngine;
}

function inScope(rule: Pick<RuleRow, "scope">, t: AssetTarget): boolean {
  const s = rule.scope;
  if (s.kind === "all") return true;
  if (s.kind === "targets") return s.targetIds.includes(t.id);
  return t.tags.includes(s.tag);
}

/** The assets a rule evaluates: targets of the template's engines in its scope, or their agents. */
export function ruleAssets(
  rule: Pick<RuleRow, "scope">,
  template: AlertTemplate,
  targets: AssetTarget[],
  agents: AssetAgent[],
  signalEngineOf: (engine: TemplateEngine) => TemplateEngine | null,
): RuleAsset[] {
  if (template.spec.engines.includes("agent")) {
    const owning =
      rule.scope.kind === "all"
        ? null
        : new Set(targets.filter((t) => inScope(rule, t)).map((t) => t.agent_id));
    return agents
      .filter((a) => owning === null || owning.has(a.id))
      .map((a) => ({
        kind: "agent",
        id: a.id,
        name: a.name,
        engine: "agent",
        signalEngine: "agent",
      }));
  }
  const engines = new Set<string>(template.spec.engines);
  const out: RuleAsset[] = [];
  for (const t of targets) {
    if (!engines.has(t.engine) || !inScope(rule, t)) continue;
    const signalEngine = signalEngineOf(t.engine as TemplateEngine);
    if (signalEngine && template.signals[signalEngine])
      out.push({ kind: "target", id: t.id, name: t.name, engine: t.engine, signalEngine });
  }
  return out;
}
