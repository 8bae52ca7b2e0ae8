import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { createDb } from "../store/db.ts";
import { finishJobRun, startJobRun } from "../store/job-runs.ts";
import { isStoreUnavailable } from "../store/store-unavailable.ts";
import type { JobDefinition, JobTools, QueueDefinition } from "./job-definitions.ts";
import { queueDb, whenIdle } from "./queue-db.ts";

export interface JobRunner {
  stop(): Promise<void>;
}

/** pg-boss keeps the slot time as a timestamp without time zone, which the driver reads as local. */
function slotOf(job: PgBoss.JobWithMetadata<unknown>): Date {
  const on = job.singletonOn ?? job.createdOn;
  return new Date(on.getTime() - on.getTimezoneOffset() * 60_000);
}

/**
 * Runs background jobs on a PostgreSQL-backed queue (pg-boss). Every replica offers each job once
 * per slot; the queue keeps one job per (name, slot) and hands it to one worker, and the
 * `singleton` policy keeps two slots of one job from running at once. Each run is logged in
 * job_runs. A stop lets the runs in progress finish (10 s at most) and waits for the queue to
 * record them, so no job is left `active` to block its successors until it expires.
 */
export async function startJobRunner(opts: {
  databaseUrl: string;
  jobs: JobDefinition[];
  queues?: QueueDefinition[];
  logger: Logger;
}): Promise<JobRunner> {
  const { logger, jobs } = opts;
  const queues = opts.queues ?? [];
  const db = createDb(opts.databaseUrl, 3);
  const bossDb = queueDb(opts.databaseUrl);
  const boss = new PgBoss({ db: bossDb, schedule: false });
  // The error's own fields would drag the whole driver client into the log line.
  boss.on("error", (err: Error & { code?: string }) =>
    logger.error({ code: err.code }, `job queue error: ${err.message}`),
  );
  await boss.start();
  const runner = `${hostname()}:${process.pid}`;
  let stopping = false;
  // pg-boss's own record of a job's end is not retried: with the store away at that moment, the
  // job stayed `active` until it expired, blocking its singleton queue (or running a queued item
  // again). The end of each batch is recorded here first, retried until the store answers.
  const record = async (end: () => Promise<unknown>) => {
    for (let wait = 500; ; wait = Math.min(wait * 2, 5_000)) {
      try {
        await end();
        return;
      } catch (err) {
        if (stopping || !isStoreUnavailable(err)) {
          logger.error({ err }, "could not record the end of a job");
          return;
        }
        await sleep(wait);
      }
    }
  };
  // Batches in progress, including any fetched while the runner was stopping.
  let running = 0;
  const runBatch = async (name: string, batch: { id: string }[], work: () => Promise<void>) => {
    running++;
    const ids = batch.map((j) => j.id);
    try {
      await work();
      await record(() => boss.complete(name, ids));
    } catch (err) {
      await record(() => boss.fail(name, ids, err as object));
    } finally {
      running--;
    }
  };
  const queueByName = new Map(queues.map((q) => [q.name, q]));
  const tools: JobTools = {
    // Sent on the caller's transaction: the item exists exactly when the caller's change does.
    async enqueue(tx, name, data) {
      const q = queueByName.get(name);
      if (!q) throw new Error(`no queue ${name}`);
      await boss.send(name, data, {
        retryLimit: q.retryLimit,
        retryDelay: q.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: q.expireInSeconds,
        db: { executeSql: (text, values) => tx.query(text, values) },
      });
    },
  };

  for (const q of queues) {
    await boss.createQueue(q.name, {
      name: q.name,
      policy: "standard",
      retryLimit: q.retryLimit,
      retryDelay: q.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: q.expireInSeconds,
    });
    await boss.work(q.name, { pollingIntervalSeconds: 0.5, includeMetadata: true }, (batch) =>
      runBatch(q.name, batch, async () => {
        for (const j of batch) await q.work(db, j.data, { retryCount: j.retryCount });
      }),
    );
  }

  for (const job of jobs) {
    const options = { retryLimit: 0, expireInSeconds: job.expireInSeconds };
    await boss.createQueue(job.name, { name: job.name, policy: "singleton", ...options });
    const pollingIntervalSeconds = Math.min(2, Math.max(0.5, job.intervalSeconds / 4));
    await boss.work(job.name, { pollingIntervalSeconds, includeMetadata: true }, (batch) =>
      runBatch(job.name, batch, async () => {
        for (const j of batch) {
          const id = await startJobRun(db, { job: job.name, slot: slotOf(j), runner });
          try {
            const summary = await job.run(db, tools);
            await finishJobRun(db, id, { summary });
            logger.debug({ job: job.name, summary }, "job done");
          } catch (err) {
            await finishJobRun(db, id, { error: String(err) }).catch(() => {});
            logger.error({ err, job: job.name }, "job failed");
            throw err;
          }
        }
      }),
    );
  }

  const offer = async () => {
    for (const job of jobs) {
      await boss.send(
        job.name,
        {},
        {
          singletonKey: job.name,
          singletonSeconds: job.intervalSeconds,
          retryLimit: 0,
          expireInSeconds: job.expireInSeconds,
        },
      );
    }
  };
  const tickMs =
    Math.min(15, Math.max(0.5, Math.min(...jobs.map((j) => j.intervalSeconds)) / 2)) * 1000;
  // While the store is away every tick fails the same way: say so once, and once when it is back.
  let failing = false;
  const offerAndReport = () =>
    offer().then(
      () => {
        if (failing) logger.info("scheduling jobs again");
        failing = false;
      },
      (err) => {
        if (!failing) logger.error({ err }, "could not schedule jobs; trying again every tick");
        failing = true;
      },
    );
  let offering = offerAndReport();
  const timer = setInterval(() => {
    offering = offering.then(offerAndReport);
  }, tickMs);

  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      await offering;
      await boss.stop({ graceful: true, timeout: 10_000 });
      await whenIdle(() => running > 0 || bossDb.busy(), 10_000);
      await bossDb.end();
      await db.end();
    },
  };
}
