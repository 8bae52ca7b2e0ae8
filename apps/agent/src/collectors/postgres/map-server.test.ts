import { expect, it } from "vitest";
import {
  mapCheckpointer,
  mapIo,
  mapProgress,
  mapReplication,
  mapSlots,
  mapStandby,
  mapWal,
  receiverHidden,
} from "./map-server.ts";

it("maps checkpointer counters, skipping what the server does not report", () => {
  expect(
    mapCheckpointer({ num_timed: "5", num_requested: 1, write_time: 12.5, buffers_alloc: null }),
  ).toEqual([
    { name: "postgres.checkpointer.timed", value: 5 },
    { name: "postgres.checkpointer.requested", value: 1 },
    { name: "postgres.checkpointer.write_time", value: 12.5 },
  ]);
  expect(mapCheckpointer(undefined)).toEqual([]);
});

it("maps pg_stat_bgwriter's backend writes (13–16) and pg_stat_wal's writes and syncs (14–17)", () => {
  const bgwriter16 = { num_timed: "3", buffers_backend: "120", buffers_backend_fsync: "0" };
  expect(mapCheckpointer(bgwriter16)).toEqual([
    { name: "postgres.checkpointer.timed", value: 3 },
    { name: "postgres.bgwriter.buffers_backend", value: 120 },
    { name: "postgres.bgwriter.buffers_backend_fsync", value: 0 },
  ]);
  const wal15 = {
    wal_bytes: "4096",
    wal_records: "10",
    wal_fpi: "1",
    wal_buffers_full: "0",
    wal_write: "7",
    wal_sync: "5",
    wal_write_time: 0,
    wal_sync_time: 1.25,
  };
  expect(mapWal(wal15)).toEqual(
    expect.arrayContaining([
      { name: "postgres.wal.write", value: 7 },
      { name: "postgres.wal.sync", value: 5 },
      { name: "postgres.wal.write_time", value: 0 },
      { name: "postgres.wal.sync_time", value: 1.25 },
    ]),
  );
  // 18's pg_stat_wal has none of them.
  const wal18 = { wal_bytes: "4096", wal_records: "10", wal_fpi: "1", wal_buffers_full: "0" };
  expect(mapWal(wal18).map((s) => s.name)).toEqual([
    "postgres.wal.bytes",
    "postgres.wal.records",
    "postgres.wal.fpi",
    "postgres.wal.buffers_full",
  ]);
});

it("maps pg_stat_io, leaving out combinations without any I/O", () => {
  const samples = mapIo([
    {
      backend_type: "client backend",
      object: "relation",
      reads: "10",
      read_bytes: "81920",
      hits: "99",
    },
    { backend_type: "checkpointer", object: "temp relation", reads: "0", writes: "0" },
  ]);
  expect(samples).toContainEqual({
    name: "postgres.io.read_bytes",
    value: 81920,
    labels: { backend_type: "client backend", object: "relation" },
  });
  expect(samples.every((s) => s.labels?.backend_type === "client backend")).toBe(true);
});

it("maps standbys, slots and a standby's own view", () => {
  expect(
    mapReplication([
      {
        application_name: "walreceiver",
        client_addr: "10.0.0.2",
        lag_bytes: "1024",
        replay_lag: 0.5,
      },
    ]),
  ).toEqual([
    { name: "postgres.replication.standbys", value: 1 },
    {
      name: "postgres.replication.lag_bytes",
      value: 1024,
      labels: { application_name: "walreceiver", client_addr: "10.0.0.2" },
    },
    {
      name: "postgres.replication.replay_lag",
      value: 0.5,
      labels: { application_name: "walreceiver", client_addr: "10.0.0.2" },
    },
  ]);
  expect(
    mapSlots([{ slot_name: "s1", slot_type: "physical", active: false, retained_wal: "2048" }]),
  ).toEqual([
    {
      name: "postgres.replication.slot.retained_wal",
      value: 2048,
      labels: { slot: "s1", slot_type: "physical" },
    },
    {
      name: "postgres.replication.slot.active",
      value: 0,
      labels: { slot: "s1", slot_type: "physical" },
    },
  ]);
  expect(
    mapStandby({ receiver_status: "streaming", replay_lag: "-0.2", replay_lag_bytes: null }),
  ).toEqual([
    { name: "postgres.standby.receiver_connected", value: 1 },
    { name: "postgres.standby.replay_lag", value: 0 },
  ]);
});

it("says nothing about a WAL receiver whose state a role without pg_monitor cannot see", () => {
  // pg_stat_wal_receiver as 13–18 show it to such a role: the pid, every other column NULL.
  const hidden = {
    receiver_pid: 4242,
    receiver_status: null,
    replay_lag: 1,
    replay_lag_bytes: "0",
  };
  expect(receiverHidden(hidden)).toBe(true);
  expect(mapStandby(hidden).map((s) => s.name)).not.toContain(
    "postgres.standby.receiver_connected",
  );
  // No receiver running at all (no row): disconnected.
  const stopped = {
    receiver_pid: null,
    receiver_status: null,
    replay_lag: null,
    replay_lag_bytes: null,
  };
  expect(receiverHidden(stopped)).toBe(false);
  expect(mapStandby(stopped)).toEqual([{ name: "postgres.standby.receiver_connected", value: 0 }]);
});

it("reports no replay lag on a standby that replayed all it received, however old its last commit", () => {
  const idle = {
    receiver_pid: 7,
    receiver_status: "streaming",
    replay_lag: "600.5",
    replay_lag_bytes: "0",
  };
  expect(mapStandby(idle)).toEqual([
    { name: "postgres.standby.receiver_connected", value: 1 },
    { name: "postgres.standby.replay_lag", value: 0 },
    { name: "postgres.standby.replay_lag_bytes", value: 0 },
  ]);
  const behind = { ...idle, replay_lag_bytes: "8192" };
  expect(mapStandby(behind)).toContainEqual({ name: "postgres.standby.replay_lag", value: 600.5 });
});

it("counts running vacuums and analyzes per database and keeps their rows", () => {
  const { metrics, snapshot } = mapProgress([
    {
      pid: 1,
      command: "vacuum",
      datname: "app",
      relation: "public.t",
      phase: "scanning heap",
      blocks_total: "100",
      blocks_done: "40",
      autovacuum: true,
      started_at: null,
    },
    {
      pid: 2,
      command: "analyze",
      datname: "app",
      relation: "public.u",
      phase: "acquiring sample rows",
      blocks_total: null,
      blocks_done: null,
      autovacuum: false,
      started_at: null,
    },
  ]);
  expect(metrics).toEqual([
    { name: "postgres.progress.vacuum", value: 1, labels: { database: "app" } },
    { name: "postgres.progress.analyze", value: 1, labels: { database: "app" } },
  ]);
  expect(snapshot.rows[0]).toMatchObject({
    pid: 1,
    command: "vacuum",
    blocksTotal: 100,
    blocksDone: 40,
    autovacuum: true,
  });
});
