import { hasRedisServer, type TestRedis } from "@logstag/test-support";
import { afterAll, beforeAll } from "vitest";
import { engineConformance } from "../conformance/engine-conformance.ts";
import { redisChecks } from "./redis-checks.ts";
import {
  redisConformanceServer,
  redisExpectations,
  startRedisForTests,
} from "./redis-conformance.ts";

if (!hasRedisServer("valkey")) {
  console.warn(
    "\n!!! valkey-server is missing (apt-get install -t bookworm-backports valkey-server); its tests fail below.\n",
  );
}

let server: TestRedis;
beforeAll(async () => {
  server = await startRedisForTests("valkey");
});
afterAll(async () => {
  await server?.stop();
});

engineConformance(
  "Valkey 8.0",
  () => redisConformanceServer(() => server),
  redisExpectations(/^Valkey 8\.0\./),
  () => redisChecks(() => server),
);
