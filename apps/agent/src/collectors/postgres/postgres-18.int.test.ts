import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll } from "vitest";
import { postgresConformance, preparePostgresServer } from "./postgres-conformance.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
  await preparePostgresServer(server);
});
afterAll(async () => {
  await server?.stop();
});

postgresConformance(() => server, { version: /^PostgreSQL 18\./, statIo: true });
