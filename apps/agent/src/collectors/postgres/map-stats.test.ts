import { expect, it } from "vitest";
import { mapSlru, mapSubscriptionStats } from "./map-stats.ts";

it("maps pg_stat_slru per cache, under the names 13–16 and 17+ use", () => {
  const samples = mapSlru([
    // 13–16 name the caches after their files, 17+ after what they hold.
    { name: "Xact", blks_hit: "900", blks_read: "3", blks_zeroed: "1", flushes: "2" },
    { name: "transaction", blks_hit: "50", blks_read: "0", blks_written: "4", truncates: "0" },
  ]);
  expect(samples).toContainEqual({
    name: "postgres.slru.blks_read",
    value: 3,
    labels: { cache: "Xact" },
  });
  expect(samples).toContainEqual({
    name: "postgres.slru.blks_written",
    value: 4,
    labels: { cache: "transaction" },
  });
  expect(samples).toHaveLength(8);
});

it("maps an 18 subscription's conflicts by kind", () => {
  const samples = mapSubscriptionStats([
    {
      subname: "s",
      apply_error_count: "0",
      sync_error_count: "0",
      confl_update_missing: "4",
      confl_insert_exists: "0",
    },
  ]);
  expect(samples).toContainEqual({
    name: "postgres.subscription.conflicts",
    value: 4,
    labels: { subscription: "s", type: "update_missing" },
  });
  expect(samples.filter((s) => s.name === "postgres.subscription.conflicts")).toHaveLength(2);
});

it("maps logical replication subscriptions' error counts (15+)", () => {
  expect(
    mapSubscriptionStats([
      { subname: "orders_sub", apply_error_count: "2", sync_error_count: "0" },
    ]),
  ).toEqual([
    {
      name: "postgres.subscription.apply_errors",
      value: 2,
      labels: { subscription: "orders_sub" },
    },
    { name: "postgres.subscription.sync_errors", value: 0, labels: { subscription: "orders_sub" } },
  ]);
});
