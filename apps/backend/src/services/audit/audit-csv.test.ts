import type { AuditEntry } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { auditEntriesToCsv, csvField } from "./audit-csv.ts";

describe("csvField", () => {
  it.each([
    [null, ""],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["=1,2", `"'=1,2"`],
  ])("%j → %s", (value, csv) => {
    expect(csvField(value)).toBe(csv);
  });
});

describe("auditEntriesToCsv", () => {
  it("writes a header and one CRLF line per entry, JSON for before and after", () => {
    const entry: AuditEntry = {
      id: "1",
      at: "2025-01-02T03:04:05.000Z",
      actor: { kind: "user", id: "u1", userId: "u1", label: "ann@example.test" },
      action: "member.role_changed",
      resourceType: "member",
      resourceId: "u2",
      before: { role: "member" },
      after: { role: "admin" },
      sourceAddress: "192.0.2.1",
      userAgent: null,
    };
    expect(auditEntriesToCsv([entry])).toBe(
      "time,actor_kind,actor_id,actor_user_id,actor,action,resource_type,resource_id,before,after,source_address,user_agent\r\n" +
        '2025-01-02T03:04:05.000Z,user,u1,u1,ann@example.test,member.role_changed,member,u2,"{""role"":""member""}","{""role"":""admin""}",192.0.2.1,\r\n',
    );
  });
});
