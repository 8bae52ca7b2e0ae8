import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderChecksDoc } from "./checks-doc.ts";

const DOC = new URL("../../../../docs/health-checks.md", import.meta.url);
const BEGIN =
  "<!-- checks:begin (generated from the code: npx tsx apps/backend/scripts/print-checks-doc.ts) -->";
const END = "<!-- checks:end -->";

describe("docs/health-checks.md", () => {
  it("lists every check with what it reads and why, as the code defines them", () => {
    const text = readFileSync(DOC, "utf8");
    const generated = text.slice(text.indexOf(BEGIN) + BEGIN.length, text.indexOf(END)).trim();
    expect(
      generated,
      `docs/health-checks.md is out of date; the code says:\n\n${renderChecksDoc()}`,
    ).toBe(renderChecksDoc().trim());
  });
});
