import { hasRedisServer, type TestRedis } from "@logstag/test-support";
import { afterAll, beforeAll } from "vitest";
import { engineConformance } from "../conformance/engine-conformance.ts";
import { redisChecks } from "./redis-checks.ts";
import {
  redisConformanceServer,
  redisExpectations,
  startRedisForTests,
} from "./redis-conformance.ts";

if (!hasRedisServer("redis")) {
  console.warn(
    "\n!!! redis-server is missing (apt-get install redis-server); its tests fail below.\n",
  );
}

let server: TestRedis;
beforeAll(async () => {
  server = await startRedisForTests("redis");
});
afterAll(async () => {
  await server?.stop();
});

engineConformance(
  "Redis 7.0",
  () => redisConformanceServer(() => server),
  redisExpectations(/^Redis 7\.0\./),
  () => redisChecks(() => server),
);
