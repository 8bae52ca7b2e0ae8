import type { SeriesResponse } from "@logstag/api-contract";
import type { RedisClient } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import {
  buildClientsChart,
  clientMemory,
  commandOf,
  countByCommand,
  countByDb,
  describeFlags,
  filterClients,
  hasClientFilters,
  NO_CLIENT_FILTERS,
} from "./clients.utils.ts";

function client(over: Partial<RedisClient>): RedisClient {
  return {
    id: 1,
    name: null,
    addr: "127.0.0.1:50000",
    db: 0,
    ageSeconds: 10,
    idleSeconds: 0,
    flags: "N",
    blocked: false,
    cmd: "get",
    user: "default",
    multi: -1,
    subscriptions: 0,
    queryBufferBytes: 0,
    outputMemoryBytes: 0,
    totalMemoryBytes: 20_000,
    ...over,
  };
}

const clients = [
  client({ id: 1, name: "web-1", cmd: "get" }),
  client({ id: 2, name: "worker", addr: "10.0.0.5:4000", db: 1, cmd: "blpop", blocked: true }),
  client({ id: 3, cmd: "get", db: 1 }),
  client({ id: 4, cmd: null }),
];

describe("buildClientsChart", () => {
  it("stacks blocked clients under the others so the layers add up to all connected", () => {
    const response: SeriesResponse = {
      from: 0,
      to: 20,
      step: 10,
      timestamps: [0, 10, 20],
      series: [
        {
          metric: "redis.clients.connected",
          labels: {},
          unit: "count",
          kind: "gauge",
          values: [5, 3, null],
        },
        {
          metric: "redis.clients.blocked",
          labels: {},
          unit: "count",
          kind: "gauge",
          values: [1, null, null],
        },
      ],
    };
    expect(buildClientsChart(response).series.map((s) => [s.label, s.values])).toEqual([
      ["blocked", [1, null, null]],
      ["not blocked", [4, 3, null]],
    ]);
  });
});

describe("filterClients", () => {
  it("keeps everything without filters", () => {
    expect(filterClients(clients, NO_CLIENT_FILTERS)).toHaveLength(4);
  });

  it("searches name, address and user", () => {
    const ids = (f: Partial<typeof NO_CLIENT_FILTERS>) =>
      filterClients(clients, { ...NO_CLIENT_FILTERS, ...f }).map((c) => c.id);
    expect(ids({ search: "WORK" })).toEqual([2]);
    expect(ids({ search: "10.0.0" })).toEqual([2]);
    expect(ids({ db: "1" })).toEqual([2, 3]);
    expect(ids({ command: "get" })).toEqual([1, 3]);
    expect(ids({ command: "-" })).toEqual([4]);
    expect(ids({ blockedOnly: true })).toEqual([2]);
  });
});

describe("counts", () => {
  it("counts clients per command and per db, most first", () => {
    expect(countByCommand(clients)).toEqual([
      { key: "get", count: 2 },
      { key: "-", count: 1 },
      { key: "blpop", count: 1 },
    ]);
    expect(countByDb(clients)).toEqual([
      { key: "0", count: 2 },
      { key: "1", count: 2 },
    ]);
  });
});

describe("client details", () => {
  it("names the command, memory and flags", () => {
    expect(commandOf({ cmd: "NULL" })).toBe("-");
    expect(commandOf({ cmd: "client|list" })).toBe("client|list");
    expect(clientMemory(client({}))).toBe(20_000);
    expect(
      clientMemory(client({ totalMemoryBytes: null, queryBufferBytes: 5, outputMemoryBytes: 7 })),
    ).toBe(12);
    expect(describeFlags("bx")).toEqual(["blocked", "in MULTI"]);
    expect(describeFlags("N")).toEqual([]);
  });
});

describe("hasClientFilters", () => {
  it("is false for empty or blank filters", () => {
    expect(hasClientFilters(NO_CLIENT_FILTERS)).toBe(false);
    expect(hasClientFilters({ ...NO_CLIENT_FILTERS, search: "  " })).toBe(false);
    expect(hasClientFilters({ ...NO_CLIENT_FILTERS, db: "0" })).toBe(true);
    expect(hasClientFilters({ ...NO_CLIENT_FILTERS, blockedOnly: true })).toBe(true);
  });
});
