import type { Payload, RedisClient, RedisSecurity, RedisSlowlogEntry } from "@logstag/protocol";
import type { TestRedis } from "@logstag/test-support";
import { expect, it } from "vitest";
import { collectPayloads, metricValue } from "../../../test/payloads.ts";
import { runGroup } from "../../scheduler/run-group.ts";
import { TargetSession } from "../../scheduler/target-session.ts";
import { redis } from "./index.ts";
import { parseFields, parseInfo, withPrefix } from "./map-info.ts";
import { redisTarget, SECRETS } from "./redis-conformance.ts";
import { redisSecretChecks } from "./redis-secret-checks.ts";

const rowsOf = <T>(p: Payload | undefined) => (p?.data.snapshot?.rows ?? []) as T[];

/** Redis and Valkey behaviour beyond the shared suite, on the server the suite started. */
export function redisChecks(server: () => TestRedis): void {
  it("run every collector as the documented least-privileged user with nothing missing", async () => {
    const payloads = await collectPayloads(redisTarget(server()));
    for (const p of payloads.values())
      expect([p.collector, p.data.diagnostics ?? []]).toEqual([p.collector, []]);
    const security = rowsOf<RedisSecurity>(payloads.get("security"))[0];
    expect(security).toMatchObject({
      protectedMode: true,
      defaultUserNoPassword: false,
      defaultUserEnabled: true,
      aclUsers: 3,
    });
    expect(security?.dangerousCommands).toEqual(
      expect.arrayContaining(["flushall", "keys", "config"]),
    );
    expect(security?.dangerousCommands).not.toContain("debug");
    expect(metricValue(payloads.get("security"), "redis.security.default_user_nopass")).toBe(0);
  });

  it("agree with the server's own counters after a known workload", async () => {
    const load = await server().client();
    try {
      for (let i = 0; i < 500; i++) {
        await load.set(`bench:${i}`, "v");
        await load.get(`bench:${i}`);
      }
      const payloads = await collectPayloads(redisTarget(server()));
      const direct = new Map(
        withPrefix(parseInfo(await load.info("commandstats")), "cmdstat_").map(([c, v]) => [
          c,
          Number(parseFields(v).get("calls")),
        ]),
      );
      const commands = payloads.get("commands");
      for (const command of ["set", "get"]) {
        expect(metricValue(commands, "redis.command.calls", { command })).toBe(direct.get(command));
        expect(direct.get(command)).toBeGreaterThanOrEqual(500);
      }
      expect(metricValue(payloads.get("keyspace"), "redis.keyspace.keys", { db: "db0" })).toBe(
        Number(await load.dbsize()),
      );
      const server7 = payloads.get("server");
      expect(metricValue(server7, "redis.keyspace.hits")).toBeGreaterThanOrEqual(500);
    } finally {
      load.disconnect();
    }
  });

  it("list other clients, blocked ones flagged, never the agent's own connection", async () => {
    const blocker = await server().client();
    await blocker.call("CLIENT", "SETNAME", "logstag-agent");
    const waiting = blocker.blpop("never-filled", 5).catch(() => null);
    try {
      const admin = await server().client();
      for (
        let i = 0;
        i < 100 && !String(await admin.call("CLIENT", "LIST")).includes("cmd=blpop");
        i++
      ) {
        await new Promise((r) => setTimeout(r, 20));
      }
      admin.disconnect();
      const payloads = await collectPayloads(redisTarget(server()));
      const rows = rowsOf<RedisClient>(payloads.get("clients"));
      // Named like the agent on purpose: only the agent's own client id is left out.
      const imitator = rows.find((r) => r.cmd === "blpop");
      expect(imitator).toMatchObject({ name: "logstag-agent", blocked: true, user: "default" });
      expect(rows.filter((r) => r.user === "logstag")).toEqual([]);
      expect(metricValue(payloads.get("server"), "redis.clients.blocked")).toBe(1);
    } finally {
      blocker.disconnect();
      await waiting;
    }
  });

  it("send new slow log entries only once, with names and counts but no arguments", async () => {
    const admin = await server().client();
    await admin.config("SET", "slowlog-log-slower-than", "0");
    try {
      const target = redisTarget(server());
      const first = rowsOf<RedisSlowlogEntry>((await collectPayloads(target)).get("slowlog"));
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThanOrEqual(128);
      await admin.set("slow:key", SECRETS.agent);
      const again = await collectPayloads(target);
      const rows = rowsOf<RedisSlowlogEntry>(again.get("slowlog"));
      const firstIds = new Set(first.map((r) => r.id));
      expect(rows.some((r) => firstIds.has(r.id))).toBe(false);
      expect(rows).toContainEqual(expect.objectContaining({ command: "set", argCount: 2 }));
      expect(metricValue(again.get("slowlog"), "redis.slowlog.new")).toBeGreaterThanOrEqual(
        rows.length,
      );
      expect(JSON.stringify(again.get("slowlog"))).not.toContain(SECRETS.agent);
      expect(JSON.stringify(again.get("slowlog"))).not.toContain("slow:key");
    } finally {
      await admin.config("SET", "slowlog-log-slower-than", "10000");
      admin.disconnect();
    }
  });

  it("keep working through CONFIG RESETSTAT and a restart, sending the lower counters", async () => {
    const target = redisTarget(server());
    const session = new TargetSession(redis, target);
    const tick = async () => {
      const payloads = await runGroup({ target, engine: redis, session, group: "high" });
      return payloads.find((p) => p.payload.collector === "server")?.payload;
    };
    const processed = (p: Awaited<ReturnType<typeof tick>>) =>
      p?.data.metrics.find((m) => m.name === "redis.commands.processed")?.value ?? Number.NaN;
    try {
      const admin = await server().client();
      for (let i = 0; i < 50; i++) await admin.ping();
      const before = processed(await tick());
      await admin.config("RESETSTAT");
      admin.disconnect();
      const reset = await tick();
      expect(reset?.status).toBe("ok");
      expect(processed(reset)).toBeLessThan(before);

      await server().restart();
      // The closed connection is noticed before the tick, which opens a new one.
      const after = await tick();
      expect(after?.status).toBe("ok");
      expect(after?.data.metrics.find((m) => m.name === "redis.uptime")?.value).toBeLessThan(60);
    } finally {
      await session.close();
    }
  });

  it("mask secrets in the configuration snapshot", async () => {
    const payloads = await collectPayloads(redisTarget(server()));
    const rows = rowsOf<{ name: string; value: string | null }>(payloads.get("config"));
    const value = (name: string) => rows.find((r) => r.name === name)?.value;
    expect(value("requirepass")).toBe("********");
    expect(value("masterauth")).toBe("********");
    expect(value("maxmemory")).toBe("0");
    expect(rows.length).toBeGreaterThan(100);
  });

  it("see a replica attached to the primary, and the link from the replica", async () => {
    const { startTestRedis } = await import("@logstag/test-support");
    const replica = await startTestRedis({
      flavour: server().flavour,
      password: SECRETS.admin,
      config: { replicaof: `127.0.0.1 ${server().port}`, masterauth: SECRETS.admin },
    });
    try {
      const asAdmin = (s: TestRedis) => {
        const t = redisTarget(s);
        return { ...t, connection: { host: s.host, port: s.port, db: 0, password: SECRETS.admin } };
      };
      // The replica links up after a full sync, which a loaded machine may take seconds to do:
      // collect until each side says so, for up to 30 s.
      const collectUntil = async (
        target: ReturnType<typeof redisTarget>,
        ok: (p: Map<string, Payload>) => boolean,
      ) => {
        const deadline = Date.now() + 30_000;
        let payloads = await collectPayloads(target);
        while (!ok(payloads) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          payloads = await collectPayloads(target);
        }
        return payloads;
      };
      const fromReplica = await collectUntil(
        asAdmin(replica),
        (p) => metricValue(p.get("replication"), "redis.replication.link_up") === 1,
      );
      expect(metricValue(fromReplica.get("replication"), "redis.replication.link_up")).toBe(1);
      expect(fromReplica.get("server")?.data.inventory?.role).toBe("replica");
      const primary = (
        await collectUntil(
          redisTarget(server()),
          (p) => metricValue(p.get("replication"), "redis.replication.connected_replicas") === 1,
        )
      ).get("replication");
      expect(metricValue(primary, "redis.replication.connected_replicas")).toBe(1);
      const lag = primary?.data.metrics.find((m) => m.name === "redis.replication.lag_bytes");
      expect(lag?.labels).toEqual({ replica: `127.0.0.1:${replica.port}` });
      expect(lag?.value).toBeGreaterThanOrEqual(0);
    } finally {
      await replica.stop();
    }
  });

  redisSecretChecks(server);
}
