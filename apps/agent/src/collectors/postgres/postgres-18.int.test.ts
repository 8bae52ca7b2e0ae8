import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll } from "vitest";
import { engineConformance } from "../conformance/engine-conformance.ts";
import { postgresChecks } from "./postgres-checks.ts";
import {
  postgresConformanceServer,
  postgresExpectations,
  preparePostgresServer,
} from "./postgres-conformance.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
  await preparePostgresServer(server);
});
afterAll(async () => {
  await server?.stop();
});

engineConformance(
  "PostgreSQL 18 (embedded)",
  () => postgresConformanceServer(() => server),
  postgresExpectations(/^PostgreSQL 18\./),
  () => postgresChecks(() => server, { version: /^PostgreSQL 18\./, statIo: true, major: 18 }),
);
