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

it("counts a standby's restartpoints as checkpoints on every version, and apart on 17+", () => {
  // A 16 standby: pg_stat_bgwriter counted its restartpoints as checkpoints.
  expect(mapCheckpointer({ num_timed: "12", num_requested: "2" })).toEqual([
    { name: "postgres.checkpointer.timed", value: 12 },
    { name: "postgres.checkpointer.requested", value: 2 },
  ]);
  // The same standby on 17: pg_stat_checkpointer splits them out.
  const standby17 = {
    num_timed: "0",
    num_requested: "0",
    restartpoints_timed: "12",
    restartpoints_req: "2",
    restartpoints_done: "9",
  };
  expect(mapCheckpointer(standby17)).toEqual([
    { name: "postgres.checkpointer.timed", value: 12 },
    { name: "postgres.checkpointer.requested", value: 2 },
    { name: "postgres.checkpointer.restartpoints_timed", value: 12 },
    { name: "postgres.checkpointer.restartpoints_requested", value: 2 },
    { name: "postgres.checkpointer.restartpoints_done", value: 9 },
  ]);
  // 18 also counts completed checkpoints and SLRU buffers written.
  const primary18 = {
    num_timed: "5",
    num_requested: "1",
    num_done: "4",
    slru_written: "30",
    restartpoints_timed: "0",
    restartpoints_req: "0",
    restartpoints_done: "0",
  };
  expect(mapCheckpointer(primary18)).toEqual([
    { name: "postgres.checkpointer.timed", value: 5 },
    { name: "postgres.checkpointer.requested", value: 1 },
    { name: "postgres.checkpointer.done", value: 4 },
    { name: "postgres.checkpointer.restartpoints_timed", value: 0 },
    { name: "postgres.checkpointer.restartpoints_requested", value: 0 },
    { name: "postgres.checkpointer.restartpoints_done", value: 0 },
    { name: "postgres.checkpointer.slru_written", value: 30 },
  ]);
});

it("maps pg_stat_io per context with timings, writebacks and reuses, leaving out idle rows", () => {
  // A 17 row (bytes computed from op_bytes by the query) and an 18 row (byte columns).
  const labels17 = { backend_type: "client backend", object: "relation", context: "bulkread" };
  const labels18 = { backend_type: "checkpointer", object: "wal", context: "normal" };
  const samples = mapIo([
    {
      ...labels17,
      reads: "10",
      read_bytes: "81920",
      read_time: 1.5,
      writebacks: "0",
      writeback_bytes: "0",
      hits: "99",
      reuses: "7",
      fsyncs: null,
    },
    { ...labels18, writes: "3", write_bytes: "24576", write_time: 0, fsyncs: "3", fsync_time: 2 },
    { backend_type: "checkpointer", object: "temp relation", context: "normal", reads: "0" },
  ]);
  expect(samples).toContainEqual({
    name: "postgres.io.read_bytes",
    value: 81920,
    labels: labels17,
  });
  expect(samples).toContainEqual({ name: "postgres.io.read_time", value: 1.5, labels: labels17 });
  expect(samples).toContainEqual({ name: "postgres.io.reuses", value: 7, labels: labels17 });
  expect(samples).toContainEqual({ name: "postgres.io.writebacks", value: 0, labels: labels17 });
  expect(samples).toContainEqual({ name: "postgres.io.fsync_time", value: 2, labels: labels18 });
  expect(samples).toContainEqual({
    name: "postgres.io.write_bytes",
    value: 24576,
    labels: labels18,
  });
  expect(samples.some((s) => s.labels?.object === "temp relation")).toBe(false);
  expect(
    samples.some((s) => s.name === "postgres.io.fsyncs" && s.labels?.context === "bulkread"),
  ).toBe(false);
});

it("maps a slot's WAL status and how much WAL it may still take", () => {
  const labels = { slot: "lagging", slot_type: "physical" };
  const samples = mapSlots([
    {
      slot_name: "lagging",
      slot_type: "physical",
      active: false,
      wal_status: "unreserved",
      safe_wal_size: "-1048576",
      retained_wal: "2048",
    },
    // max_slot_wal_keep_size = -1: no safe size; a lost slot.
    {
      slot_name: "gone",
      slot_type: "logical",
      active: false,
      wal_status: "lost",
      safe_wal_size: null,
    },
  ]);
  expect(samples).toContainEqual({
    name: "postgres.replication.slot.wal_status",
    value: 2,
    labels,
  });
  expect(samples).toContainEqual({
    name: "postgres.replication.slot.safe_wal_size",
    value: -1048576,
    labels,
  });
  expect(samples).toContainEqual({
    name: "postgres.replication.slot.wal_status",
    value: 3,
    labels: { slot: "gone", slot_type: "logical" },
  });
  expect(samples.filter((s) => s.name === "postgres.replication.slot.safe_wal_size")).toHaveLength(
    1,
  );
});

it("tells apart standbys that share the default application_name and an address", () => {
  // Two standbys on one host, both named 'walreceiver' (13–18 default), one streaming via a slot.
  const samples = mapReplication([
    {
      pid: 501,
      application_name: "walreceiver",
      client_addr: "10.0.0.5",
      slot_name: "replica_a",
      lag_bytes: "0",
    },
    {
      pid: 502,
      application_name: "walreceiver",
      client_addr: "10.0.0.5",
      slot_name: null,
      lag_bytes: "64",
    },
  ]);
  const lag = samples.filter((s) => s.name === "postgres.replication.lag_bytes");
  expect(lag.map((s) => s.labels?.standby)).toEqual([
    "slot replica_a",
    "walreceiver@10.0.0.5 pid 502",
  ]);
});

it("maps standbys, slots and a standby's own view", () => {
  expect(
    mapReplication([
      {
        pid: 311,
        application_name: "walreceiver",
        client_addr: "10.0.0.2",
        slot_name: null,
        lag_bytes: "1024",
        replay_lag: 0.5,
      },
    ]),
  ).toEqual([
    { name: "postgres.replication.standbys", value: 1 },
    {
      name: "postgres.replication.lag_bytes",
      value: 1024,
      labels: {
        application_name: "walreceiver",
        client_addr: "10.0.0.2",
        standby: "walreceiver@10.0.0.2 pid 311",
      },
    },
    {
      name: "postgres.replication.replay_lag",
      value: 0.5,
      labels: {
        application_name: "walreceiver",
        client_addr: "10.0.0.2",
        standby: "walreceiver@10.0.0.2 pid 311",
      },
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
