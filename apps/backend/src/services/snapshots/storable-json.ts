// NUL and unpaired UTF-16 surrogates are valid in JSON strings but not in PostgreSQL jsonb.
const UNSTORABLE_SOURCE =
  "\\u0000|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
const UNSTORABLE = new RegExp(UNSTORABLE_SOURCE, "g");

/** JSON text jsonb accepts: characters it cannot store become U+FFFD, so one odd byte never fails a batch. */
export function toStorableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "string" ? v.replace(UNSTORABLE, "\ufffd") : v,
  );
}
