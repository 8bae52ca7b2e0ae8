import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** Values in the configuration that the agent decrypts at start-up. */
export const ENCRYPTED_PREFIX = "enc:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

/** A new random key, as the key file holds it: base64 on one line. */
export function generateKeyText(): string {
  return `${randomBytes(KEY_BYTES).toString("base64")}\n`;
}

/** The key from a key file's text or an environment variable; throws SecretKeyError. */
export function parseKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== KEY_BYTES) {
    throw new SecretKeyError(
      `${source} does not hold a key (expected ${KEY_BYTES} bytes in base64); create one with "logstag-agent keygen"`,
    );
  }
  return key;
}

/** AES-256-GCM: `enc:v1:` + base64url(iv | ciphertext | tag). */
export function encryptSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const packed = Buffer.concat([iv, body, cipher.getAuthTag()]);
  return `${ENCRYPTED_PREFIX}${packed.toString("base64url")}`;
}

/** Throws SecretKeyError, never echoing the value, when the key is wrong or the value damaged. */
export function decryptSecret(value: string, key: Buffer): string {
  const packed = Buffer.from(value.slice(ENCRYPTED_PREFIX.length), "base64url");
  if (!value.startsWith(ENCRYPTED_PREFIX) || packed.length < IV_BYTES + TAG_BYTES) {
    throw new SecretKeyError("the encrypted value is damaged; encrypt the secret again");
  }
  const iv = packed.subarray(0, IV_BYTES);
  const tag = packed.subarray(packed.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  try {
    const body = packed.subarray(IV_BYTES, packed.length - TAG_BYTES);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretKeyError(
      "cannot decrypt: it was encrypted with another key, or the value is damaged",
    );
  }
}
