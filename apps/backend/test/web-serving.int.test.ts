import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestBackend, type TestBackend } from "../src/testing/start-test-backend.ts";

let backend: TestBackend;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), "logstag-web-"));
  await writeFile(join(dist, "index.html"), "<!doctype html><title>Logstag</title>");
  backend = await startTestBackend({ LOGSTAG_WEB_DIST: dist });
});
afterAll(async () => {
  await backend?.stop();
  await rm(dist, { recursive: true, force: true });
});

const get = (path: string) => fetch(backend.url + path);

it("serves index.html for client-side routes", async () => {
  for (const path of ["/", "/assets", "/database-explorer/0b0e6c1e-0000-4000-8000-000000000000"]) {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(await res.text()).toContain("<title>Logstag</title>");
  }
});

it("serves files added after start, without a restart", async () => {
  await mkdir(join(dist, "static"), { recursive: true });
  await writeFile(join(dist, "static", "app-123.js"), "console.log(1)");
  const res = await get("/static/app-123.js");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/javascript/);
});

it("answers a missing file or API path with 404, never the app page", async () => {
  for (const path of ["/static/missing-456.js", "/favicon.ico", "/api/v1/nope"]) {
    const res = await get(path);
    expect(res.status, path).toBe(404);
  }
});
