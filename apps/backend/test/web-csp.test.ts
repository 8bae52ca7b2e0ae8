import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const html = readFileSync(new URL("../../web/index.html", import.meta.url), "utf8");

describe("the web app's index.html under the backend's Content-Security-Policy", () => {
  it("has no inline script (script-src allows only files from Logstag)", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, attributes, body] of scripts) {
      expect(attributes, tag).toMatch(/\bsrc=/);
      expect(body?.trim(), tag).toBe("");
    }
  });

  it("has no inline event handler attributes", () => {
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
