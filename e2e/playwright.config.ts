import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E_PORT, OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

// Playwright loads this file in the runner and in each worker; the data directory is made once
// and handed to the workers through the environment they inherit.
process.env.LOGSTAG_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "logstag-e2e-"));
const dataDir = process.env.LOGSTAG_E2E_DATA_DIR;
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  // Its own folder: Playwright empties it, and the Vitest report sits beside it.
  outputDir: resolve(import.meta.dirname, "../test-results/e2e"),
  fullyParallel: false,
  workers: 1,
  // As for integration tests: one more try in CI, reported as flaky by `npm test`.
  retries: process.env.CI ? 1 : 0,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npm start",
    cwd: resolve(import.meta.dirname, ".."),
    url: `${baseURL}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      LOGSTAG_DATA_DIR: dataDir,
      LOGSTAG_OWNER_EMAIL: OWNER_EMAIL,
      LOGSTAG_OWNER_PASSWORD: OWNER_PASSWORD,
      // Statements and schema changes show within a minute instead of after 1 and 240 minutes.
      LOGSTAG_DEMO_MEDIUM_INTERVAL_SECONDS: "30",
      LOGSTAG_DEMO_SCHEMA_INTERVAL_SECONDS: "30",
      // Alert rules are evaluated every 5 s rather than 30 s, so a spec sees a rule fire quickly.
      LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS: "5",
    },
  },
});
