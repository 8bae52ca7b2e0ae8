import type { AlertTemplateView } from "@logstag/api-contract";
import { templateLibrary } from "../../alerting/templates/load-templates.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { toTemplateView } from "./to-template-view.ts";

export async function listTemplates({
  ctx,
}: {
  ctx: Ctx;
}): Promise<{ templates: AlertTemplateView[] }> {
  authorize(ctx, "alerts.read");
  return { templates: [...templateLibrary().values()].map(toTemplateView) };
}
