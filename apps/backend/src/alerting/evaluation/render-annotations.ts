import type { Value } from "../expression/evaluate-expression.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import { formatValue } from "./format-value.ts";

const PLACEHOLDER = /\{\{\s*([a-z_.0-9]+)\s*\}\}/gi;

export interface AnnotationFacts {
  asset: string;
  engine: string;
  rule: string;
  severity: string | null;
  value: number | null;
  labels: Record<string, string>;
  params: Record<string, Value>;
  signals: Record<string, Value>;
}

/** Fills a template's annotations: `{{asset}}`, `{{value}}`, `{{labels.x}}`, `{{params.x}}`, `{{signals.x}}`. */
export function renderAnnotations(
  template: AlertTemplate,
  f: AnnotationFacts,
): Record<string, string> {
  const lookup = (name: string): string => {
    const [head, tail = ""] = name.split(".", 2);
    switch (head) {
      case "asset":
        return f.asset;
      case "engine":
        return f.engine;
      case "rule":
        return f.rule;
      case "template":
        return template.spec.name;
      case "severity":
        return f.severity ?? "none";
      case "value":
        return formatValue(f.value, template.spec.unit);
      case "labels":
        return f.labels[tail] ?? "";
      case "params": {
        const spec = template.spec.params[tail];
        const unit = spec?.type === "duration" ? "seconds" : (spec?.unit ?? "count");
        return formatValue(f.params[tail] ?? null, unit);
      }
      case "signals":
        return formatValue(f.signals[tail] ?? null, "count");
      default:
        return "";
    }
  };
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(template.spec.annotations))
    if (text) out[key] = text.replace(PLACEHOLDER, (_, name: string) => lookup(name));
  return out;
}
