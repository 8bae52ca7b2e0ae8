import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecretKey, openSecrets, SecretKeyError, sealSecrets } from "./secret-box.ts";

describe("secret box", () => {
  const key = randomBytes(32);

  it("round-trips and hides the plaintext", () => {
    const box = sealSecrets(key, "org-1", { url: "https://hooks.example/secret-path" });
    expect(box.toString("latin1")).not.toContain("secret-path");
    expect(openSecrets(key, "org-1", box)).toEqual({ url: "https://hooks.example/secret-path" });
  });

  it("refuses another key or another organization", () => {
    const box = sealSecrets(key, "org-1", { a: 1 });
    expect(() => openSecrets(randomBytes(32), "org-1", box)).toThrow(SecretKeyError);
    expect(() => openSecrets(key, "org-2", box)).toThrow(/secret key differs/);
  });

  it("creates a private key file once and reads it back", () => {
    const file = join(mkdtempSync(join(tmpdir(), "logstag-key-")), "secret.key");
    const first = loadSecretKey({ file, createIfMissing: true });
    expect(loadSecretKey({ file, createIfMissing: true }).equals(first)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(first.toString("base64"));
  });

  it("says how to make a key when the given one is malformed", () => {
    expect(() => loadSecretKey({ value: "short" })).toThrow(/openssl rand -base64 32/);
  });
});
