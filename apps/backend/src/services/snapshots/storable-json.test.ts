import { expect, it } from "vitest";
import { toStorableJson } from "./storable-json.ts";

it("replaces what jsonb cannot store and keeps everything else", () => {
  expect(toStorableJson([{ q: "a\u0000b", s: "\ud800x", ok: "é😀", n: 1 }])).toBe(
    JSON.stringify([{ q: "a\ufffdb", s: "\ufffdx", ok: "é😀", n: 1 }]),
  );
});
