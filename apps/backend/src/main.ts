#!/usr/bin/env -S npx tsx
import { pino } from "pino";
import { TemplateLibraryError, templateLibrary } from "./alerting/templates/load-templates.ts";
import { prepareDemoAgent } from "./bootstrap/demo-agent.ts";
import { writeFirstPasswordFile } from "./bootstrap/first-password-file.ts";
import { ensureFirstOrganization } from "./bootstrap/first-start.ts";
import { openStore } from "./bootstrap/open-store.ts";
import { type BackendConfig, loadConfig } from "./config.ts";
import { buildApp, metricsRegistryOf } from "./http/app.ts";
import { alertJobs, alertQueues } from "./jobs/alert-jobs.ts";
import { healthJobs } from "./jobs/health-job.ts";
import { timeseriesJobs } from "./jobs/job-definitions.ts";
import { type JobRunner, startJobRunner } from "./jobs/job-runner.ts";
import { startMetricsServer } from "./monitoring/metrics-server.ts";
import { configureTimeseries } from "./services/ingest/timeseries-settings.ts";
import { createDb } from "./store/db.ts";
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

  const { db, ownerUrl, embedded, applied } = await openStore(config, logger);
  if (applied.length) say(`applied migrations: ${applied.join(", ")}`);
  configureTimeseries(config.timeseries);
  let jobs: JobRunner | undefined;
  if (config.timeseries.jobs.enabled) {
    jobs = await startJobRunner({
      databaseUrl: ownerUrl,
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
  const registry = metricsRegistryOf(app);
  const metrics =
    registry && config.metrics ? await startMetricsServer(registry, config.metrics) : undefined;
  if (metrics) say(`metrics at http://${config.metrics?.host}:${metrics.port}/metrics`);
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${config.port}`;

  if (config.demo && embedded) {
    // Creating the monitoring role and the extension needs the store's owner, not the app role.
    const owner = createDb(ownerUrl, 1);
    const file = await prepareDemoAgent(owner, {
      dataDir: config.dataDir,
      backendUrl: url,
      pgPort: embedded.port,
      redis: config.demoRedis,
    }).finally(() => owner.end());
    if (file) say(`demo agent config written to ${file}`);
  }
  if (first?.generatedPassword) {
    const file = await writeFirstPasswordFile(
      config.dataDir,
      first.ownerEmail,
      first.generatedPassword,
    );
    say(
      `first start: created the Account Owner ${first.ownerEmail}; the generated password is in ${file} (readable only by this OS user). Sign in, change the password, then delete the file.`,
    );
  } else if (first) {
    say(
      `first start: created the Account Owner ${first.ownerEmail} with the password from LOGSTAG_OWNER_PASSWORD`,
    );
  }
  say(`Logstag is listening on ${url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received, stopping`);
    await app.close().catch(() => {});
    await metrics?.close();
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
