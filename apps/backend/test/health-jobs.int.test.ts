import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runHealthJob } from "../src/jobs/health-job.ts";
import { listReports } from "../src/services/health/list-reports.ts";
import { createSchedule } from "../src/services/report-schedules/create-schedule.ts";
import { findSchedule } from "../src/store/report-schedules.ts";
import { createTestWorld } from "../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../src/testing/start-test-backend.ts";
import { type FakeSmtp, startFakeSmtp } from "./accounts/fake-smtp.ts";

let backend: TestBackend;
let smtp: FakeSmtp;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
  await smtp?.close();
});

describe("the health job", () => {
  it("makes the daily report of each seen target once a day and e-mails due schedules", async () => {
    const world = await createTestWorld(backend.db);
    const ctx = { db: backend.db, orgId: world.orgId, actor: { kind: "system" as const } };
    await backend.db.query("update targets set last_seen_at = now() where org_id = $1", [
      world.orgId,
    ]);
    const schedule = await createSchedule({
      ctx,
      input: {
        name: "Morning review",
        targetIds: [world.targetId],
        frequency: "daily",
        hourUtc: 0,
        weekday: null,
        recipients: ["dba@example.test"],
        attachments: ["pdf", "json"],
        enabled: true,
      },
    });
    const later = new Date(Date.now() + 10 * 60_000);
    await runHealthJob(backend.db, { url: smtp.url, from: "logstag@example.test" }, later);
    const mine = async () => (await listReports({ ctx, input: { limit: 100 } })).reports;
    const first = await mine();
    // The world's PostgreSQL and Redis targets each get a daily report; the schedule adds its own.
    expect(first.filter((r) => r.targetId === world.targetId)).toHaveLength(2);
    expect(first.every((r) => r.trigger === "schedule")).toBe(true);
    const mail = smtp.messages.find((m) => m.to.some((t) => t.includes("dba@example.test")));
    expect(mail?.data).toMatch(/Subject: Logstag health reports: Morning review/);
    expect(mail?.data).toMatch(/filename=.*\.pdf/);
    expect((await findSchedule(backend.db, world.orgId, schedule.id))?.last_result).toMatch(
      /1 report\(s\) made, sent to 1 recipient/,
    );

    await runHealthJob(backend.db, undefined, new Date(later.getTime() + 60_000));
    expect(await mine()).toHaveLength(first.length);
  });
});
