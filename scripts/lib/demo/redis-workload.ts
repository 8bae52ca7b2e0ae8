import Valkey from "iovalkey";
import type { DemoRedis } from "./demo-redis.ts";

const KEYS = 5_000;

function client(server: DemoRedis, name: string): Valkey {
  const c = new Valkey({
    host: "127.0.0.1",
    port: server.port,
    password: server.password,
    connectionName: name,
  });
  c.on("error", () => {}); // the server stops before the workload at Ctrl-C
  return c;
}

const pick = (n: number) => Math.floor(Math.random() * n);

/**
 * A small application's traffic: cache reads and writes with misses, a queue with a blocking
 * consumer, counters, an occasional wrong-type error and a slow report query, all on named clients.
 */
export function startRedisWorkload(server: DemoRedis): () => void {
  const web = client(server, "demo-web");
  const worker = client(server, "demo-worker");
  const reports = client(server, "demo-reports");
  const waiter = client(server, "demo-waiter");
  let stopped = false;

  const tick = async () => {
    const pipeline = web.pipeline();
    for (let i = 0; i < 20; i++) {
      pipeline.set(`user:${pick(KEYS)}`, `{"visits":${pick(100)}}`, "EX", 600);
      pipeline.get(`user:${pick(KEYS * 2)}`);
    }
    pipeline.incr("counter:page_views");
    pipeline.hset("session:stats", "last", Date.now());
    pipeline.lpush("queue:jobs", `job-${Date.now()}`);
    await pipeline.exec();
    await worker.rpop("queue:jobs");
    if (Math.random() < 0.05) await web.incr("session:stats").catch(() => {});
  };
  const slowReport = async () => {
    await reports.sort("report:ids", "LIMIT", 0, 10);
  };
  const seed = async () => {
    const ids = Array.from({ length: 20_000 }, () => pick(1_000_000));
    await reports.del("report:ids");
    await reports.rpush("report:ids", ...ids);
  };
  const waitLoop = async () => {
    while (!stopped) await waiter.blpop("queue:never", 5).catch(() => {});
  };

  const timers = [
    setInterval(() => void tick().catch(() => {}), 250),
    setInterval(() => void slowReport().catch(() => {}), 20_000),
  ];
  void seed().catch(() => {});
  void waitLoop();
  return () => {
    stopped = true;
    for (const t of timers) clearInterval(t);
    for (const c of [web, worker, reports, waiter]) c.disconnect();
  };
}
