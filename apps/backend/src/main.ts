#!/usr/bin/env -S npx tsx
import { pino } from "pino";
import { TemplateLibraryError, templateLibrary } from "./alerting/templates/load-templates.ts";
import { prepareDemoAgent } from "./bootstrap/demo-agent.ts";
import { ensureFirstOrganization } from "./bootstrap/first-start.ts";
import { type BackendConfig, loadConfig } from "./config.ts";
import { buildApp } from "./http/app.ts";
import { alertJobs, alertQueues } from "./jobs/alert-jobs.ts";
import { healthJobs } from "./jobs/health-job.ts";
import { timeseriesJobs } from "./jobs/job-definitions.ts";
import { type JobRunner, startJobRunner } from "./jobs/job-runner.ts";
import { configureTimeseries } from "./services/ingest/timeseries-settings.ts";
import { createDb } from "./store/db.ts";
import { type EmbeddedStore, startEmbeddedStore } from "./store/embedded-store.ts";
import { migrate } from "./store/migrate.ts";
import { BACKEND_VERSION } from "./version.ts";

async function main(): Promise<void> {
  let config: BackendConfig;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(`logstag-backend: ${(err as Error).message}`);
    process.exit(2);
  }
  const logger = pino({ level: config.logLevel, base: { service: "logstag-backend" } });
  try {
    templateLibrary();
  } catch (err) {
    if (!(err instanceof TemplateLibraryError)) throw err;
    console.error(`logstag-backend: ${err.message}`);
    process.exit(2);
  }
  const say = (msg: string) => logger.info(msg);

  let embedded: EmbeddedStore | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedStore(config.dataDir, say);
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedStore).url;
  const db = createDb(databaseUrl);
  const applied = await migrate(db);
  if (applied.length) say(`applied migrations: ${applied.join(", ")}`);
  configureTimeseries(config.timeseries);
  let jobs: JobRunner | undefined;
  if (config.timeseries.jobs.enabled) {
    jobs = await startJobRunner({
      databaseUrl,
      jobs: [
        ...timeseriesJobs(config.timeseries),
        ...alertJobs(config, logger),
        ...healthJobs(config.accounts.smtp),
      ],
      queues: alertQueues(config),
      logger,
    });
  }

  const first = await ensureFirstOrganization(db, config);
  const app = await buildApp({ db, config, logger, version: BACKEND_VERSION });
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${config.port}`;

  if (config.demo && embedded) {
    const file = await prepareDemoAgent(db, {
      dataDir: config.dataDir,
      backendUrl: url,
      pgPort: embedded.port,
      redis: config.demoRedis,
    });
    if (file) say(`demo agent config written to ${file}`);
  }
  if (first) {
    const password = first.generatedPassword
      ? `password ${first.generatedPassword} (shown once; change it after signing in)`
      : "the password from LOGSTAG_OWNER_PASSWORD";
    say(`first start: created the Account Owner ${first.ownerEmail} with ${password}`);
  }
  say(`Logstag is listening on ${url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received, stopping`);
    await app.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    await db.end().catch(() => {});
    await embedded?.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(
    `logstag-backend: could not start: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
});
