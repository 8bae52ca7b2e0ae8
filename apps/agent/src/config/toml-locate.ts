import { formatKeyPath, type KeyPath } from "./key-path.ts";

export interface SourcePosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

const KEY_PART = String.raw`(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)`;
const DOTTED_KEY = String.raw`${KEY_PART}(?:\s*\.\s*${KEY_PART})*`;
const ARRAY_HEADER = new RegExp(String.raw`^\s*\[\[\s*(${DOTTED_KEY})\s*\]\]\s*(?:#.*)?$`);
const TABLE_HEADER = new RegExp(String.raw`^\s*\[\s*(${DOTTED_KEY})\s*\]\s*(?:#.*)?$`);
const KEY_LINE = new RegExp(String.raw`^(\s*)(${DOTTED_KEY})\s*=\s*(.*)$`);
const INLINE_KEY = new RegExp(String.raw`(?:^\{|,)\s*(${KEY_PART})\s*=`, "g");

function splitKey(dotted: string): string[] {
  const parts = dotted.match(new RegExp(KEY_PART, "g")) ?? [];
  return parts.map((p) => (p.startsWith('"') ? String(JSON.parse(p)) : p.replace(/^'|'$/g, "")));
}

/**
 * Maps every table header and key of a TOML document to where it is written, by path as
 * the parsed document would have it (`targets[1].port`). Best effort: keys inside
 * multi-line values are not indexed.
 */
export function indexToml(text: string): Map<string, SourcePosition> {
  const positions = new Map<string, SourcePosition>();
  const arrayLengths = new Map<string, number>();
  let table: KeyPath = [];
  let inMultiline = false;
  const record = (path: KeyPath, position: SourcePosition) => {
    const key = formatKeyPath(path);
    if (!positions.has(key)) positions.set(key, position);
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const fences = (raw.match(/"""|'''/g) ?? []).length;
    if (inMultiline) {
      if (fences % 2 === 1) inMultiline = false;
      return;
    }
    if (fences % 2 === 1) inMultiline = true;
    const arrayHeader = ARRAY_HEADER.exec(raw);
    const header = arrayHeader ?? TABLE_HEADER.exec(raw);
    if (header) {
      table = resolveHeader(splitKey(header[1] ?? ""), arrayHeader !== null, arrayLengths);
      record(table, { line, column: raw.indexOf("[") + 1 });
      return;
    }
    const key = KEY_LINE.exec(raw);
    if (!key) return;
    const parts = splitKey(key[2] ?? "");
    const column = (key[1] ?? "").length + 1;
    for (let n = 1; n <= parts.length; n++)
      record([...table, ...parts.slice(0, n)], { line, column });
    const value = key[3] ?? "";
    if (value.startsWith("{")) {
      const offset = raw.length - value.length;
      for (const inner of value.matchAll(INLINE_KEY)) {
        const innerColumn = offset + inner.index + inner[0].indexOf(inner[1] ?? "") + 1;
        record([...table, ...parts, ...splitKey(inner[1] ?? "")], { line, column: innerColumn });
      }
    }
  });
  return positions;
}

/** `[[targets]]` appends an element; `[targets.intervals]` belongs to the last one. */
function resolveHeader(parts: string[], isArray: boolean, lengths: Map<string, number>): KeyPath {
  const resolved: (string | number)[] = [];
  parts.forEach((part, n) => {
    resolved.push(part);
    const key = formatKeyPath(resolved);
    if (isArray && n === parts.length - 1) {
      const index = lengths.get(key) ?? 0;
      lengths.set(key, index + 1);
      resolved.push(index);
    } else if (lengths.has(key)) {
      resolved.push((lengths.get(key) ?? 1) - 1);
    }
  });
  return resolved;
}

/** Where the value at `path` (or its closest written ancestor) is written, if anywhere. */
export function locateKey(text: string, path: KeyPath): SourcePosition | undefined {
  const positions = indexToml(text);
  for (let n = path.length; n > 0; n--) {
    const hit = positions.get(formatKeyPath(path.slice(0, n)));
    if (hit) return hit;
  }
  return undefined;
}
