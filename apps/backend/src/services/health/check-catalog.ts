import type { HealthCheckCatalog, HealthCheckInfo } from "@logstag/api-contract";
import { ENGINE_KINDS } from "@logstag/protocol";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { healthChecksOf } from "./health-checks-of.ts";

/** Every check once, with the engines that run it (Redis and Valkey share theirs). */
export function listCheckInfo(): HealthCheckInfo[] {
  const byId = new Map<string, HealthCheckInfo>();
  for (const engine of ENGINE_KINDS) {
    for (const c of healthChecksOf(engine)) {
      const known = byId.get(c.id);
      if (known) known.engines.push(engine);
      else
        byId.set(c.id, {
          id: c.id,
          engines: [engine],
          title: c.title,
          category: c.category,
          severity: c.severity,
          reads: c.reads,
          why: c.why,
          docsUrl: c.docsUrl,
        });
    }
  }
  return [...byId.values()];
}

export async function getCheckCatalog({
  ctx,
}: {
  ctx: Ctx;
  input?: undefined;
}): Promise<HealthCheckCatalog> {
  authorize(ctx, "reports.read");
  return { checks: listCheckInfo() };
}
