import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright-core";
import { build, preview } from "vite";

const ROOT = new URL("..", import.meta.url).pathname;
const CHART = join(ROOT, "apps/web/src/components/time-series-chart.tsx");
// Inside the repository so the harness resolves react, Mantine and uPlot from its node_modules.
const HARNESS_DIR = join(ROOT, "node_modules/.cache/logstag-web-chart");

export const CHART_BUDGET_MS = 200;

/**
 * The page mounts the app's own TimeSeriesChart (production build, same Vite plugins) and times
 * one render: from React's render call until uPlot has drawn its canvas. uPlot draws in a
 * microtask after it is created, so the first task that finds the canvas runs after the drawing.
 */
const HARNESS = `
import { MantineProvider } from "@mantine/core";
import "@mantine/core/styles.css";
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { TimeSeriesChart } from ${JSON.stringify(CHART)};

function makeData(points) {
  const start = 1_700_000_000;
  const timestamps = new Array(points);
  const values = new Array(points);
  for (let i = 0; i < points; i++) {
    timestamps[i] = start + i * 10;
    values[i] = 50 + 40 * Math.sin(i / 500) + ((i * 7919) % 13);
  }
  return { timestamps, series: [{ label: "value", values, color: "blue" }] };
}

const nextTask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

window.renderChart = async (points, run) => {
  const data = makeData(points);
  const host = document.createElement("div");
  host.style.width = "1200px";
  document.body.append(host);
  const root = createRoot(host);
  const name = "chart-" + points + "-" + run;
  performance.mark(name + "-start");
  flushSync(() =>
    root.render(createElement(MantineProvider, null,
      createElement(TimeSeriesChart, { data, height: 300, testId: "chart" }))),
  );
  while (!host.querySelector("canvas")) await nextTask();
  await nextTask();
  performance.mark(name + "-end");
  const { duration } = performance.measure(name, name + "-start", name + "-end");
  const drawn = Number(host.querySelector("[data-testid=chart]")?.dataset.points ?? 0);
  root.unmount();
  host.remove();
  return { duration, drawn };
};
window.harnessReady = true;
`;

async function buildHarness(): Promise<string> {
  rmSync(HARNESS_DIR, { recursive: true, force: true });
  mkdirSync(HARNESS_DIR, { recursive: true });
  writeFileSync(
    join(HARNESS_DIR, "index.html"),
    '<!doctype html><html><head><meta charset="UTF-8"></head><body><script type="module" src="./harness.js"></script></body></html>',
  );
  writeFileSync(join(HARNESS_DIR, "harness.js"), HARNESS);
  const outDir = join(HARNESS_DIR, "dist");
  await build({
    configFile: false,
    root: HARNESS_DIR,
    logLevel: "warn",
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** What the harness page puts on `window`. */
interface Harness {
  renderChart(points: number, run: number): Promise<{ duration: number; drawn: number }>;
}

export interface ChartRenderResult {
  points: number;
  runs: number[];
  median: number;
}

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Renders the chart `runs` times per size (after two warm-up renders) and returns each duration. */
export async function measureChartRender(opts: {
  browserPath: string;
  sizes: number[];
  runs: number;
}): Promise<ChartRenderResult[]> {
  const outDir = await buildHarness();
  const server = await preview({
    configFile: false,
    root: HARNESS_DIR,
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({
    executablePath: opts.browserPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    if (!url) throw new Error("the harness server has no address");
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction("window.harnessReady === true");
    const render = (points: number, run: number) =>
      page.evaluate(([p, r]) => (globalThis as unknown as Harness).renderChart(p, r), [
        points,
        run,
      ] as const);
    const results: ChartRenderResult[] = [];
    for (const points of opts.sizes) {
      for (let i = 0; i < 2; i++) await render(points, -1 - i);
      const runs: number[] = [];
      for (let i = 0; i < opts.runs; i++) {
        const { duration, drawn } = await render(points, i);
        if (drawn !== points) throw new Error(`the chart drew ${drawn} of ${points} points`);
        runs.push(duration);
      }
      results.push({ points, runs, median: median(runs) });
    }
    return results;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
