import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { buildApp } from "../src/http/app.ts";
import { createDb } from "../src/store/db.ts";

describe("/healthz with the store down", () => {
  it("answers 503 without the driver's error text, and logs the detail", async () => {
    let logged = "";
    const sink = new Writable({
      write(chunk, _enc, done) {
        logged += chunk.toString();
        done();
      },
    });
    // Nothing listens on port 1: the driver fails with ECONNREFUSED and the address.
    const db = createDb("postgres://logstag:secret@127.0.0.1:1/logstag");
    const app = await buildApp({
      db,
      config: loadConfig({ LOGSTAG_DATA_DIR: "/nonexistent", LOGSTAG_WEB_DIST: "/nonexistent" }),
      logger: pino({ level: "info" }, sink),
      version: "test",
    });
    const res = await app.inject({ method: "GET", url: "/healthz" });
    await app.close();
    await db.end();
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      error: { code: "unavailable", message: "the store is unavailable" },
    });
    expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|connect/);
    expect(logged).toContain("ECONNREFUSED");
  });
});
