import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { fmt, machine } from "./lib/stats.ts";
import { CHART_BUDGET_MS, measureChartRender } from "./web-chart.ts";
import { JS_BUDGET_BYTES, measureFirstLoad, printFirstLoad } from "./web-load.ts";

// `npm run bench:web`: the web app's first-load JavaScript and the chart render time, in Chromium.
const BROWSER = process.env.BENCH_CHROMIUM ?? "/usr/bin/chromium";
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 15);
const POINTS = Number(process.env.BENCH_WEB_POINTS ?? 100_000);
const BASELINE_POINTS = 1_000;
// "load" or "chart" runs one half only (the chart figures are the ones to repeat on a busy host).
const ONLY = process.env.BENCH_WEB_ONLY;

async function main(): Promise<void> {
  if (!existsSync(BROWSER)) {
    console.error(`No Chromium at ${BROWSER}: install Debian's chromium or set BENCH_CHROMIUM.`);
    process.exit(1);
  }
  console.log(`machine: ${machine()}`);
  if (process.env.BENCH_WEB_SKIP_BUILD !== "1" && ONLY !== "chart") {
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("the web app did not build");
  }

  const total =
    ONLY === "chart"
      ? Number.NaN
      : printFirstLoad(await measureFirstLoad({ browserPath: BROWSER }));
  if (ONLY === "load") return;

  const loadBefore = loadavg()[0] ?? 0;
  const [baseline, large] = await measureChartRender({
    browserPath: BROWSER,
    sizes: [BASELINE_POINTS, POINTS],
    runs: RUNS,
  });
  console.log(`\nTimeSeriesChart render in Chromium, median of ${RUNS} runs (after 2 warm-ups)`);
  console.log(
    `  load average (1 min) before / after: ${fmt(loadBefore, 1)} / ${fmt(loadavg()[0] ?? 0, 1)}`,
  );
  for (const r of [baseline, large]) {
    if (!r) continue;
    const sorted = [...r.runs].sort((a, b) => a - b);
    console.log(
      `  ${fmt(r.points).padStart(7)} points: median ${fmt(r.median, 1)} ms (min ${fmt(sorted[0] ?? 0, 1)}, max ${fmt(sorted.at(-1) ?? 0, 1)})`,
    );
  }
  if (baseline && large) {
    console.log(
      `  ratio ${fmt(POINTS)} / ${fmt(BASELINE_POINTS)} points: ${fmt(large.median / baseline.median, 1)}×; budget ${CHART_BUDGET_MS} ms: ${fmt((100 * large.median) / CHART_BUDGET_MS)} % of it`,
    );
  }
  const js = Number.isNaN(total)
    ? ""
    : `first-load JS ${fmt(total / 1024, 1)} KB gzip of ${JS_BUDGET_BYTES / 1024} KB; `;
  console.log(
    `\nsummary: ${js}chart ${fmt(large?.median ?? Number.NaN, 1)} ms of ${CHART_BUDGET_MS} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
