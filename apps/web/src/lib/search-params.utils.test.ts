import { describe, expect, it } from "vitest";
import { mergeSearch, withSearchParam } from "./search-params.utils.ts";

describe("mergeSearch", () => {
  it("keeps the current values a change does not name", () => {
    const search = mergeSearch({ range: "1h", selected: "abc" }, { range: "24h" });
    expect(search.toString()).toBe("range=24h&selected=abc");
  });

  it("removes a value changed to null, and leaves out empty ones", () => {
    const current: { range: string; at: string | null } = { range: "1h", at: "2026-01-01" };
    expect(mergeSearch(current, { at: null }).toString()).toBe("range=1h");
    expect(mergeSearch({ range: "1h", tab: "" }, {}).toString()).toBe("range=1h");
  });

  it("adds a value that was missing, in the current order", () => {
    const search = mergeSearch<{ range: string; selected: string | null }>(
      { range: "7d", selected: null },
      { selected: "f00d" },
    );
    expect(search.toString()).toBe("range=7d&selected=f00d");
  });
});

describe("withSearchParam", () => {
  it("sets one name and keeps every other, including names it does not know", () => {
    const search = new URLSearchParams("range=7d&table=public.orders");
    expect(withSearchParam(search, "range", "24h").toString()).toBe(
      "range=24h&table=public.orders",
    );
  });

  it("removes the name for null or an empty value, and leaves the input unchanged", () => {
    const search = new URLSearchParams("range=7d&table=public.orders");
    expect(withSearchParam(search, "table", null).toString()).toBe("range=7d");
    expect(withSearchParam(search, "table", "").toString()).toBe("range=7d");
    expect(search.toString()).toBe("range=7d&table=public.orders");
  });
});
