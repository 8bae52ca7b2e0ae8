import { expect, it } from "vitest";
import { mapArchiver, mapConflicts, mapXminHorizon } from "./map-horizon.ts";

it("reports the oldest xmin per holder and overall, leaving out holders with none", () => {
  // age() answers int4; a prepared transaction forgotten long ago is the oldest holder here.
  expect(
    mapXminHorizon({ backends: 12, slots: null, prepared_xacts: 250000, standbys: null }),
  ).toEqual([
    { name: "postgres.xmin_horizon.age", value: 250000 },
    { name: "postgres.xmin_horizon.backends", value: 12 },
    { name: "postgres.xmin_horizon.prepared_xacts", value: 250000 },
  ]);
  // Nothing holds an xmin: the horizon is current.
  expect(
    mapXminHorizon({ backends: null, slots: null, prepared_xacts: null, standbys: null }),
  ).toEqual([{ name: "postgres.xmin_horizon.age", value: 0 }]);
});

it("maps pg_stat_archiver, failing while the last failure is newer than the last success", () => {
  expect(
    mapArchiver({
      archived_count: "120",
      failed_count: "3",
      last_archived_age: "600.5",
      last_failed_age: "12.25",
      failing: true,
    }),
  ).toEqual([
    { name: "postgres.archiver.archived", value: 120 },
    { name: "postgres.archiver.failed", value: 3 },
    { name: "postgres.archiver.last_archived_age", value: 600.5 },
    { name: "postgres.archiver.last_failed_age", value: 12.25 },
    { name: "postgres.archiver.failing", value: 1 },
  ]);
  // Archiving never ran (archive_mode off): counts at 0, no ages.
  expect(
    mapArchiver({
      archived_count: "0",
      failed_count: "0",
      last_archived_age: null,
      last_failed_age: null,
      failing: false,
    }),
  ).toEqual([
    { name: "postgres.archiver.archived", value: 0 },
    { name: "postgres.archiver.failed", value: 0 },
    { name: "postgres.archiver.failing", value: 0 },
  ]);
});

it("maps recovery conflicts per database and cause", () => {
  const samples = mapConflicts([
    {
      datname: "app",
      confl_tablespace: "0",
      confl_lock: "1",
      confl_snapshot: "7",
      confl_bufferpin: "0",
      confl_deadlock: "0",
    },
  ]);
  expect(samples).toHaveLength(5);
  // 16+ rows also carry the logical slots a standby had to invalidate.
  expect(
    mapConflicts([{ datname: "app", confl_lock: "0", confl_active_logicalslot: "1" }]),
  ).toContainEqual({
    name: "postgres.database.conflicts_by_type",
    value: 1,
    labels: { database: "app", type: "logical_slot" },
  });
  expect(samples).toContainEqual({
    name: "postgres.database.conflicts_by_type",
    value: 7,
    labels: { database: "app", type: "snapshot" },
  });
});
