import fastifyCookie from "@fastify/cookie";
import { defineRoute } from "@logstag/api-contract";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { handleError } from "../src/http/error-handler.ts";
import { registerRoute } from "../src/http/register-route.ts";
import { createTestWorld } from "../src/testing/accounts-factory.ts";
import { startTestBackend, type TestBackend } from "../src/testing/start-test-backend.ts";

let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

// A route whose handler "forgot" authorize(): it writes, then returns.
const forgetful = defineRoute({
  method: "POST",
  path: "/api/v1/test/forgetful",
  summary: "test only",
  access: "user",
  capability: "members.manage",
  body: z.object({ note: z.string() }),
  response: z.object({ ok: z.literal(true) }),
});

describe("register-route checks the route's capability before the handler", () => {
  it("refuses a caller without the capability before the handler writes anything", async () => {
    const world = await createTestWorld(backend.db);
    const writes: string[] = [];
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler(handleError);
    await app.register(fastifyCookie);
    registerRoute(app, backend.db, forgetful, async ({ body }) => {
      writes.push(body.note);
      return { ok: true as const };
    });
    const send = (cookie: string) =>
      app.inject({
        method: "POST",
        url: forgetful.path,
        headers: { cookie, "content-type": "application/json" },
        payload: JSON.stringify({ note: cookie.slice(0, 20) }),
      });
    const viewer = await send(world.users.viewer.cookie);
    expect(viewer.statusCode).toBe(403);
    expect(writes).toEqual([]);
    // A caller who holds it reaches the handler, whose missing check still fails loudly.
    const admin = await send(world.users.admin.cookie);
    expect(admin.statusCode).toBe(500);
    expect(writes).toHaveLength(1);
    await app.close();
  });
});
