import { afterAll, expect, it } from "vitest";
import { hasRedisServer, startTestRedis, type TestRedis } from "./start-redis.ts";

const started: TestRedis[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
});

it.each(["redis", "valkey"] as const)(
  "starts %s with a password and ACL users",
  async (flavour) => {
    if (!hasRedisServer(flavour))
      console.warn(`\n!!! ${flavour}-server is missing; this test fails\n`);
    const server = await startTestRedis({
      flavour,
      password: "default-pw",
      users: { watcher: "on >watcher-pw -@all +ping" },
    });
    started.push(server);
    const admin = await server.client();
    expect(await admin.info("server")).toContain(`tcp_port:${server.port}`);
    const watcher = await server.client({ username: "watcher", password: "watcher-pw" });
    expect(await watcher.ping()).toBe("PONG");
    await expect(watcher.get("k")).rejects.toThrow(/NOPERM/);
    watcher.disconnect();
    await server.restart();
    const after = await server.client();
    expect(await after.ping()).toBe("PONG");
    admin.disconnect();
    after.disconnect();
  },
);
