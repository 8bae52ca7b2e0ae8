import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Env } from "../collectors/types.ts";
import { parseKey, SecretKeyError } from "./secret-box.ts";

export const KEY_ENV = "LOGSTAG_AGENT_SECRET_KEY";
export const KEY_FILE_ENV = "LOGSTAG_AGENT_KEY_FILE";

export interface KeySource {
  /** The configuration file, to resolve a relative key_file. */
  file?: string;
  env: Env;
  /** `[secrets] key_file`, or the --key-file option. */
  keyFile?: string | undefined;
}

/** Where the key comes from, for messages: never the key itself. */
export function describeKeySource(s: KeySource): string {
  if (s.env[KEY_ENV]) return `environment variable ${KEY_ENV}`;
  const path = keyFilePath(s);
  return path ? `key file ${path}` : "no key";
}

function keyFilePath(s: KeySource): string | undefined {
  const path = s.env[KEY_FILE_ENV] || s.keyFile;
  if (!path) return undefined;
  return s.file ? resolve(dirname(s.file), path) : resolve(path);
}

/** The secret key: $LOGSTAG_AGENT_SECRET_KEY, else the key file ($LOGSTAG_AGENT_KEY_FILE or key_file). */
export function loadKey(s: KeySource): Buffer {
  const inline = s.env[KEY_ENV];
  if (inline) return parseKey(inline, `environment variable ${KEY_ENV}`);
  const path = keyFilePath(s);
  if (!path) {
    throw new SecretKeyError(
      `no key to decrypt it with: set [secrets] key_file, or ${KEY_FILE_ENV} or ${KEY_ENV}`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "not found" : code === "EACCES" ? "permission denied" : code;
    throw new SecretKeyError(`cannot read the key file ${path}: ${reason}`);
  }
  // Others reading the key can read every secret: say so (POSIX only; Windows has ACLs).
  if (process.platform !== "win32" && (statSync(path).mode & 0o077) !== 0) {
    process.emitWarning(`key file ${path} is readable by others; chmod 600 it`);
  }
  return parseKey(text, `key file ${path}`);
}
