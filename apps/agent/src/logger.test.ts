import { expect, it } from "vitest";
import { captureLogs } from "../test/log-capture.ts";

it("never writes passwords, keys or connection settings", () => {
  const { logger, text } = captureLogs();
  logger.info(
    { password: "pw1", apiKey: "lsa_k1", target: { password: "pw2", connection: { user: "u" } } },
    "x",
  );
  logger.info({ headers: { authorization: "Bearer lsa_k2" }, api_key: "lsa_k3" }, "y");
  expect(text()).not.toMatch(/pw1|pw2|lsa_k1|lsa_k2|lsa_k3|"user"/);
  expect(text()).toContain("[redacted]");
});
