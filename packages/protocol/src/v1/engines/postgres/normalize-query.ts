/**
 * Query text with what varies between executions of one statement removed: comments, string
 * and number literals, bind parameters, lists of them in parentheses (IN, VALUES rows), case and
 * whitespace. Quoted identifiers are kept as written. This is the form query text takes unless a
 * target opts into raw text, and the form callers without `query-text.raw` see.
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

/** How much query text a target sends: normalized (the default), raw as the server has it, or none. */
export const QUERY_TEXT_MODES = ["normalized", "raw", "none"] as const;
export type QueryTextMode = (typeof QUERY_TEXT_MODES)[number];
