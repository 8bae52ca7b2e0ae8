import type { AgentConfig } from "../config/agent-config.ts";
import { collectOnce } from "../scheduler/collect-once.ts";
import { reportDisabled, reportTarget } from "./check-report.ts";
import { type CliIo, EXIT } from "./io.ts";

export function validateCommand(config: AgentConfig, io: CliIo): number {
  const enabled = config.targets.filter((t) => t.enabled).length;
  io.stdout(`${config.file}: OK (${config.targets.length} targets, ${enabled} enabled)\n`);
  return EXIT.ok;
}

export async function checkCommand(config: AgentConfig, io: CliIo): Promise<number> {
  const reports = await Promise.all(
    config.targets.map(async (target) =>
      target.enabled
        ? reportTarget(target, await collectOnce(target))
        : { ok: true, lines: [reportDisabled(target)] },
    ),
  );
  for (const report of reports) io.stdout(`${report.lines.join("\n")}\n`);
  return reports.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}

/** Ids are assigned by the backend at registration; `once` never talks to it. */
const UNREGISTERED_ID = "00000000-0000-0000-0000-000000000000";

export async function onceCommand(config: AgentConfig, io: CliIo): Promise<number> {
  const enabled = config.targets.filter((t) => t.enabled);
  const collected = (await Promise.all(enabled.map(collectOnce))).flat();
  const payloads = collected.map(({ payload: { payloadId, ...rest } }) => ({
    payloadId,
    agentId: UNREGISTERED_ID,
    targetId: UNREGISTERED_ID,
    ...rest,
  }));
  io.stdout(`${JSON.stringify({ payloads }, null, 2)}\n`);
  io.stderr(
    `${payloads.length} payloads from ${enabled.length} targets; nothing was sent. ` +
      "agentId and targetId are assigned by the backend at registration and shown as zeros.\n",
  );
  return EXIT.ok;
}
