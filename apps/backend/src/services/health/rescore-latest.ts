import { rescoreReport } from "../../health/build-report.ts";
import type { Queryable } from "../../store/db.ts";
import { latestReports, updateReport } from "../../store/health-reports.ts";
import { mutesByCheck } from "./mutes-by-check.ts";
import { parseStoredReport } from "./stored-report.ts";

/** A mute made or ended shows at once: the target's latest report is re-scored with the active mutes. */
export async function rescoreLatest(tx: Queryable, orgId: string, targetId: string): Promise<void> {
  const [row] = await latestReports(tx, orgId, [targetId]);
  if (!row) return;
  const now = new Date();
  const report = rescoreReport(
    parseStoredReport(row.report),
    await mutesByCheck(tx, orgId, targetId, now),
    now,
  );
  await updateReport(tx, orgId, row.id, { score: report.score, report });
}
