import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fmt, machine } from "./lib/stats.ts";
import { CHART_BUDGET_MS, measureChartRender } from "./web-chart.ts";
import { JS_BUDGET_BYTES, measureFirstLoad, printFirstLoad } from "./web-load.ts";

// `npm run bench:web`: the web app's first-load JavaScript and the chart render time, in Chromium.
const BROWSER = process.env.BENCH_CHROMIUM ?? "/usr/bin/chromium";
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 15);
const POINTS = Number(process.env.BENCH_WEB_POINTS ?? 100_000);
const BASELINE_POINTS = 1_000;

async function main(): Promise<void> {
  if (!existsSync(BROWSER)) {
    console.error(`No Chromium at ${BROWSER}: install Debian's chromium or set BENCH_CHROMIUM.`);
    process.exit(1);
  }
  console.log(`machine: ${machine()}`);
  if (process.env.BENCH_WEB_SKIP_BUILD !== "1") {
    const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("the web app did not build");
  }

  const total = printFirstLoad(await measureFirstLoad({ browserPath: BROWSER }));

  const [baseline, large] = await measureChartRender({
    browserPath: BROWSER,
    sizes: [BASELINE_POINTS, POINTS],
    runs: RUNS,
  });
  console.log(`\nTimeSeriesChart render in Chromium, median of ${RUNS} runs (after 2 warm-ups)`);
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
  console.log(
    `\nsummary: first-load JS ${fmt(total / 1024, 1)} KB gzip of ${JS_BUDGET_BYTES / 1024} KB; chart ${fmt(large?.median ?? Number.NaN, 1)} ms of ${CHART_BUDGET_MS} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
