import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { AlertingConfig } from "../../alerting-config.ts";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== 32)
    throw new SecretKeyError(
      `${where} must hold 32 bytes in base64 (make one with: openssl rand -base64 32)`,
    );
  return key;
}

/** The key that encrypts channel secrets: from the environment, a key file, or a new key file. */
export function loadSecretKey(source: AlertingConfig["secretKey"]): Buffer {
  if ("value" in source) return decodeKey(source.value, "LOGSTAG_SECRET_KEY");
  if (existsSync(source.file)) return decodeKey(readFileSync(source.file, "utf8"), source.file);
  if (!source.createIfMissing)
    throw new SecretKeyError(`LOGSTAG_SECRET_KEY_FILE ${source.file} does not exist`);
  try {
    mkdirSync(dirname(source.file), { recursive: true });
    writeFileSync(source.file, `${randomBytes(32).toString("base64")}\n`, {
      mode: 0o600,
      flag: "wx",
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST")
      throw new SecretKeyError(
        `cannot create the secret key file ${source.file} (${(err as Error).message}); set LOGSTAG_SECRET_KEY or LOGSTAG_SECRET_KEY_FILE`,
      );
  }
  return decodeKey(readFileSync(source.file, "utf8"), source.file);
}

/** AES-256-GCM: version byte, IV, tag, ciphertext. The organization id is bound as extra data. */
export function sealSecrets(key: Buffer, orgId: string, secrets: Record<string, unknown>): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(orgId));
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function openSecrets(key: Buffer, orgId: string, box: Buffer): Record<string, unknown> {
  if (box[0] !== VERSION) throw new SecretKeyError("unknown secret format");
  const iv = box.subarray(1, 1 + IV_BYTES);
  const tag = box.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(Buffer.from(orgId));
  decipher.setAuthTag(tag);
  try {
    const text = Buffer.concat([
      decipher.update(box.subarray(1 + IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new SecretKeyError(
      "cannot decrypt a channel's secrets: the secret key differs from the one that saved them",
    );
  }
}
