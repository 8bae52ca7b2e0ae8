import type { Env } from "../collectors/types.ts";
import { describeKeySource, loadKey } from "../secrets/load-key.ts";
import { decryptSecret, ENCRYPTED_PREFIX, SecretKeyError } from "../secrets/secret-box.ts";
import type { ConfigProblem } from "./config-error.ts";
import type { KeyPath } from "./key-path.ts";

/**
 * Replaces every `enc:v1:…` string of the parsed file by its plain text, wherever it sits
 * (`password`, `api_key`, any engine's secret). The key is read only when a value needs it.
 * A value that cannot be decrypted becomes a problem naming the setting, never the value.
 */
export function decryptDocument(
  document: unknown,
  source: { file: string; env: Env; keyFile: string | undefined },
  problems: ConfigProblem[],
): unknown {
  let key: Buffer | undefined;
  let keyError: string | undefined;
  const getKey = (): Buffer | undefined => {
    if (key || keyError) return key;
    try {
      key = loadKey(source);
    } catch (error) {
      if (!(error instanceof SecretKeyError)) throw error;
      keyError = error.message;
    }
    return key;
  };
  const walk = (value: unknown, path: KeyPath): unknown => {
    if (typeof value === "string" && value.startsWith(ENCRYPTED_PREFIX)) {
      const k = getKey();
      if (!k) {
        problems.push({ path, message: `encrypted value, but ${keyError}` });
        return "";
      }
      try {
        return decryptSecret(value, k);
      } catch (error) {
        if (!(error instanceof SecretKeyError)) throw error;
        problems.push({ path, message: `${error.message} (key: ${describeKeySource(source)})` });
        return "";
      }
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (typeof value === "object" && value !== null && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return value;
  };
  return walk(document, []);
}
