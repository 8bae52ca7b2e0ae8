import { describe, expect, it } from "vitest";
import { checkReadOnly } from "./read-only-policy.ts";

describe("checkReadOnly", () => {
  it.each([
    "select count(*) from pg_stat_activity where pid <> pg_backend_pid()",
    "SELECT datname FROM pg_catalog.pg_stat_database d WHERE datname IS NOT NULL",
    "select extract(epoch from now() - pg_postmaster_start_time()) as s",
    "with a as (select state from pg_stat_activity) select count(*) from a",
    "select a.pid from pg_stat_activity a join pg_locks l on l.pid = a.pid",
    "show max_connections",
    "select current_setting('max_connections')::int -- insert into x\n",
    "select 'drop table x; delete from y' as s",
    "select extract(epoch from write_lag) from pg_stat_replication",
    "select count(*) from pg_stat_activity where state is distinct from 'idle'",
    "select array(select rolname from pg_roles) as r",
  ])("accepts %s", (text) => {
    expect(checkReadOnly(text)).toEqual([]);
  });

  it.each([
    ["select * from orders", "reads orders"],
    ["select * from public.orders", "reads public.orders outside pg_catalog"],
    ["insert into t values (1)", 'uses "insert"'],
    ["select 1; drop table x", "more than one statement"],
    ["select * into copy_of from pg_stat_activity", 'uses "into"'],
    ["select pg_sleep(10)", "calls pg_sleep()"],
    ["select pg_terminate_backend(42)", "calls pg_terminate_backend()"],
    ["select * from pg_stat_activity, orders", "lists relations with commas; use explicit JOINs"],
    ["select * from pg_stat_activity a join orders o on true", "reads orders"],
    ["select * from pg_locks for update", 'uses "for"'],
    ['select * from "Orders"', 'quoted identifier "orders"'],
    ["vacuum", 'starts with "vacuum"; only SELECT, WITH … SELECT and SHOW are allowed'],
    ["select * from pg_stat_activity where pid in (select id from orders)", "reads orders"],
    ["select rolname, rolpassword from pg_roles", 'uses "rolpassword"'],
    ["select 1 where 2 is distinct from (select 1 from orders)", "reads orders"],
    ["select extract(epoch from x) from orders", "reads orders"],
  ])("rejects %s", (text, problem) => {
    expect(checkReadOnly(text)).toContain(problem);
  });
});
