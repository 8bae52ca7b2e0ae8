import { request } from "node:http";
import { chromium } from "playwright-core";
import { createTestOrg } from "../apps/backend/src/testing/start-test-backend.ts";
import { openBenchBackend, openBenchStore } from "./lib/bench-store.ts";
import { fmt } from "./lib/stats.ts";

export const JS_BUDGET_BYTES = 300 * 1024;

export interface LoadedScript {
  path: string;
  /** Bytes on the wire with `Accept-Encoding: gzip`, as the backend serves them. */
  gzipBytes: number;
  rawBytes: number;
  /** Which page first asked for the file. */
  page: "login" | "after sign-in";
}

/** Bytes of one response body exactly as sent, without letting the client inflate it. */
function wireSize(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": encoding } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on("end", () =>
        res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`)),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Opens the login page in Chromium, signs in, waits for the first page, and lists every
 * JavaScript file the two pages loaded with its gzip size as served by the backend.
 */
export async function measureFirstLoad(opts: {
  browserPath: string;
}): Promise<{ scripts: LoadedScript[]; firstPage: string }> {
  const store = await openBenchStore();
  const backend = await openBenchBackend(store, {
    LOGSTAG_WEB_DIST: new URL("../apps/web/dist", import.meta.url).pathname,
    LOGSTAG_JOBS: "0",
  });
  const browser = await chromium.launch({
    executablePath: opts.browserPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const org = await createTestOrg(store.db);
    const page = await browser.newPage();
    const seen = new Map<string, LoadedScript["page"]>();
    let phase: LoadedScript["page"] = "login";
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (req.resourceType() === "script" && !seen.has(url.pathname)) seen.set(url.pathname, phase);
    });
    await page.goto(`${backend.url}/login`, { waitUntil: "networkidle" });
    phase = "after sign-in";
    await page.getByTestId("login-email").fill(org.email);
    await page.getByTestId("login-password").fill(org.password);
    await page.getByTestId("login-submit").click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.waitForLoadState("networkidle");
    const firstPage = new URL(page.url()).pathname;
    const scripts: LoadedScript[] = [];
    for (const [path, when] of seen) {
      scripts.push({
        path,
        page: when,
        gzipBytes: await wireSize(`${backend.url}${path}`, "gzip"),
        rawBytes: await wireSize(`${backend.url}${path}`, "identity"),
      });
    }
    return { scripts, firstPage };
  } finally {
    await browser.close();
    await backend.stop();
    await store.stop();
  }
}

export function printFirstLoad(result: { scripts: LoadedScript[]; firstPage: string }): number {
  const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
  console.log(`\nJavaScript on first load (login page, then ${result.firstPage} after sign-in)`);
  const width = Math.max(...result.scripts.map((s) => s.path.length));
  for (const s of result.scripts) {
    console.log(
      `  ${s.path.padEnd(width)}  ${kb(s.gzipBytes).padStart(9)} gzip  ${kb(s.rawBytes).padStart(9)} raw  (${s.page})`,
    );
  }
  const total = result.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  const raw = result.scripts.reduce((sum, s) => sum + s.rawBytes, 0);
  const login = result.scripts
    .filter((s) => s.page === "login")
    .reduce((sum, s) => sum + s.gzipBytes, 0);
  console.log(`  login page alone: ${kb(login)} gzip`);
  console.log(
    `  total: ${kb(total)} gzip (${kb(raw)} raw) in ${result.scripts.length} files; budget ${kb(JS_BUDGET_BYTES)}: ${fmt((100 * total) / JS_BUDGET_BYTES)} % of it`,
  );
  return total;
}
