import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// `npm test`: unit and integration tests (Vitest), then the browser tests (Playwright in Chromium).
const root = resolve(import.meta.dirname, "..");
const out = join(root, "test-results");
mkdirSync(out, { recursive: true });
const CHROMIUM = process.env.LOGSTAG_CHROMIUM ?? "/usr/bin/chromium";

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

interface E2eSuite {
  file: string;
  specs?: { title: string; ok: boolean }[];
  suites?: E2eSuite[];
}

function failedSpecs(suites: E2eSuite[]): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((s) => !s.ok).map((s) => `${suite.file} > ${s.title}`),
    ...failedSpecs(suite.suites ?? []),
  ]);
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
let runnerFailed = false;

const vitestJson = join(out, "vitest.json");
runnerFailed ||=
  run("npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${vitestJson}`,
  ]) !== 0;
const v = readJson<{
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}>(vitestJson);
// Named again at the very end, so the last lines of a long log say what failed.
const failures: string[] = [];
const flaky: string[] = [];
if (v) {
  total.passed += v.numPassedTests;
  total.failed += v.numFailedTests;
  total.skipped += v.numPendingTests + v.numTodoTests;
  for (const file of v.testResults) {
    for (const t of file.assertionResults) {
      const reason = (t.failureMessages?.[0] ?? "").split("\n")[0]?.slice(0, 200);
      const line = `${file.name.replace(`${root}/`, "")} > ${t.fullName}: ${reason}`;
      if (t.status === "failed") failures.push(line);
      else if (t.status === "passed" && reason) flaky.push(line);
    }
  }
}

if (existsSync(CHROMIUM)) {
  const e2eJson = join(out, "e2e.json");
  const code = run(
    "npx",
    ["playwright", "test", "-c", "e2e/playwright.config.ts", "--reporter=list,json"],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
    },
  );
  runnerFailed ||= code !== 0;
  const e = readJson<{
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
    suites: E2eSuite[];
  }>(e2eJson);
  if (e) {
    total.passed += e.stats.expected + e.stats.flaky;
    total.failed += e.stats.unexpected;
    total.skipped += e.stats.skipped;
    failures.push(...failedSpecs(e.suites));
    if (e.stats.flaky > 0)
      flaky.push(`${e.stats.flaky} browser test(s): see "flaky" in the list above`);
  }
} else {
  const message = `Browser tests NOT RUN: no Chromium at ${CHROMIUM} (apt-get install chromium, or set LOGSTAG_CHROMIUM).`;
  console.error(`\n${"!".repeat(message.length)}\n${message}\n${"!".repeat(message.length)}\n`);
  // CI installs Chromium; there a missing browser is a failure, not a skip.
  if (process.env.CI) runnerFailed = true;
}

if (flaky.length > 0)
  console.log(`\nPassed only on retry:\n${flaky.map((f) => `  ${f}`).join("\n")}`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join("\n")}`);
console.log(`\nTotal: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(runnerFailed || total.failed > 0 ? 1 : 0);
