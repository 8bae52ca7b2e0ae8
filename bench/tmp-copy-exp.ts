import { randomUUID } from "node:crypto";
import { startTestPostgres } from "@logstag/test-support";
import { createDb } from "../apps/backend/src/store/db.ts";
import { copyEncoded, PointBatch } from "../apps/backend/src/store/points-copy.ts";
import { treeCpuSeconds } from "./lib/proc-stats.ts";
import { readFileSync } from "node:fs";

const pg = await startTestPostgres();
const db = createDb(pg.url, 8);
const dir = (await db.query("select current_setting('data_directory') as d")).rows[0].d;
const pm = Number(readFileSync(`${dir}/postmaster.pid`, "utf8").split("\n")[0]);
const org = randomUUID();
const N = 1_000_000, PER = 14_000;
const batches: Buffer[] = [];
const t0 = Date.now() * 1000 - Date.UTC(2000,0,1)*1000 - 3600e6;
for (let b = 0; b < N / PER; b++) {
  const pb = new PointBatch(PER);
  for (let i = 0; i < PER; i++) { const k = b * PER + i; pb.push(1 + (k % 8960), t0 + Math.floor(k / 8960) * 10e6, k); }
  batches.push(pb.encode(org));
}
const variants: Record<string, string> = {
  plain_noidx: "create table points (org_id uuid not null, series_id bigint not null, ts timestamptz not null, value float8 not null)",
  plain_btree: "create table points (org_id uuid not null, series_id bigint not null, ts timestamptz not null, value float8 not null); create index on points (org_id, series_id, ts)",
  part_btree: "create table points (org_id uuid not null, series_id bigint not null, ts timestamptz not null, value float8 not null) partition by range (ts); create index on points (org_id, series_id, ts); create table points_d partition of points for values from (now() - interval '3 days') to (now() + interval '1 day')",
  part_btree_brin: "create table points (org_id uuid not null, series_id bigint not null, ts timestamptz not null, value float8 not null) partition by range (ts); create index on points (org_id, series_id, ts); create index on points using brin (ts); create table points_d partition of points for values from (now() - interval '3 days') to (now() + interval '1 day')",
  part_btree_series_ts: "create table points (org_id uuid not null, series_id bigint not null, ts timestamptz not null, value float8 not null) partition by range (ts); create index on points (series_id, ts); create table points_d partition of points for values from (now() - interval '3 days') to (now() + interval '1 day')",
};
for (const round of [1, 2]) for (const [name, ddl] of Object.entries(variants)) {
  await db.query("drop table if exists points cascade");
  await db.query(ddl);
  await db.query("checkpoint");
  const c0 = treeCpuSeconds(pm); const w0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    const client = await db.connect();
    while (next < batches.length) { const b = batches[next++] as Buffer; await client.query("begin"); await copyEncoded(client, b); await client.query("commit"); }
    client.release();
  }));
  const wall = (performance.now() - w0) / 1000; const cpu = treeCpuSeconds(pm) - c0;
  console.log(round, name.padEnd(24), `${Math.round(N / wall)} rows/s`, `pg cpu ${cpu.toFixed(2)} s = ${(cpu / N * 1e6).toFixed(2)} us/row`);
}
await db.end(); await pg.stop();
