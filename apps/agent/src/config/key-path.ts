export type KeyPath = readonly (string | number)[];

/** ["targets", 1, "port"] → "targets[1].port" */
export function formatKeyPath(path: KeyPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += out === "" ? JSON.stringify(part) : `.${JSON.stringify(part)}`;
  }
  return out;
}
