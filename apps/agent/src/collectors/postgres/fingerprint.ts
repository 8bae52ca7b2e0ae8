import { createHash } from "node:crypto";

/**
 * Query text with what varies between executions of one statement removed: comments, string
 * and number literals, bind parameters, lists of them in parentheses (IN, VALUES rows), case and whitespace.
 * Quoted identifiers are kept as written.
 */
export function normalizeQuery(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, " ")
    .replace(/--[^\n]*/g, " ")
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?(\$\1\$|$)/g, "?")
    .replace(/(?<![\w$])[eE]'(?:[^'\\]|''|\\[\s\S])*(?:'|$)/g, "?")
    .replace(/(?<![\w$])[bBxXuU]?'(?:[^']|'')*(?:'|$)/g, "?")
    .replace(
      /"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_$]*|\$\d+|-?\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b/g,
      (m) => (m.startsWith('"') ? m : /^[-$\d]/.test(m) ? "?" : m.toLowerCase()),
    )
    .replace(/\s+/g, " ")
    .replace(/\(\s*\?(?:\s*,\s*\?)+\s*\)/g, "(?)")
    .replace(/\(\s*\?\s*\)(?:\s*,\s*\(\s*\?\s*\))+/g, "(?)")
    .trim();
}

/**
 * A stable id for the statement behind a query text: 16 hex digits of SHA-256 of the normalized
 * text. A text cut short by track_activity_query_size or the agent is fingerprinted as cut.
 */
export function fingerprintQuery(text: string): string | null {
  const normalized = normalizeQuery(text);
  if (normalized === "") return null;
  return createHash("sha256").update(normalized).digest("hex").slice(0, 16);
}
