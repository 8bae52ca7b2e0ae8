import { describe, expect, it } from "vitest";
import {
  quoteIdent,
  readAllStatsDiagnostic,
  readPrivileges,
  statementsDiagnostics,
} from "./diagnostics.ts";

it("quotes role names only when SQL needs it", () => {
  expect(quoteIdent("logstag")).toBe("logstag");
  expect(quoteIdent("Ops Team")).toBe('"Ops Team"');
  expect(quoteIdent('a"b')).toBe('"a""b"');
});

it("names the grant a role without pg_read_all_stats needs", () => {
  const p = readPrivileges({
    role_name: "Monitor",
    read_all_stats: false,
    read_all_settings: true,
  });
  expect(readAllStatsDiagnostic(p, "impact")).toEqual([
    {
      code: "pg_read_all_stats",
      missing: "membership in pg_monitor (or pg_read_all_stats)",
      impact: "impact",
      fix: 'GRANT pg_monitor TO "Monitor";',
    },
  ]);
  expect(readAllStatsDiagnostic({ ...p, readAllStats: true }, "impact")).toEqual([]);
});

describe("statementsDiagnostics", () => {
  it("asks to preload pg_stat_statements, keeping the libraries already preloaded", () => {
    const [d] = statementsDiagnostics("auto_explain", false, "app");
    expect(d?.code).toBe("pg_stat_statements.preload");
    expect(d?.fix).toContain("shared_preload_libraries = 'auto_explain,pg_stat_statements'");
  });
  it("asks to create the extension once preloaded, and says nothing when all is there", () => {
    expect(statementsDiagnostics("pg_stat_statements", false, "app")[0]?.fix).toBe(
      "CREATE EXTENSION pg_stat_statements; -- in app",
    );
    expect(statementsDiagnostics('"pg_stat_statements", auto_explain', true, "app")).toEqual([]);
    expect(statementsDiagnostics(undefined, false, "app")).toEqual([]);
  });
});
