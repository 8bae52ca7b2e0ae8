/**
 * PDF standard fonts only encode WinAnsi (Latin-1 plus a few signs); other characters would
 * print as garbage, so they are spelled in ASCII.
 */
const REPLACEMENTS: Record<string, string> = {
  "−": "-",
  "–": "-",
  "—": "-",
  "→": "->",
  "←": "<-",
  "≥": ">=",
  "≤": "<=",
  "≈": "~",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
  "…": "...",
  "•": "-",
  "\u00a0": " ",
};

export function pdfText(text: string): string {
  return text.replace(/[^\n\t\x20-\x7e\u00a0-\u00ff]/g, (c) => REPLACEMENTS[c] ?? "?");
}
