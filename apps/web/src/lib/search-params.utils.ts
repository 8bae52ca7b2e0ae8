/**
 * A page's search from its current values and a change: a name given in `next` replaces the current
 * value (null removes it), the others stay; empty values are left out. Names keep `current`'s order.
 */
export function mergeSearch<T extends Record<string, string | null>>(
  current: T,
  next: Partial<T>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(current)) {
    const chosen = next[name] === undefined ? value : next[name];
    if (chosen !== null && chosen !== "") params.set(name, chosen);
  }
  return params;
}

/** `search` with one name set, or removed when `value` is null or empty; the others stay. */
export function withSearchParam(
  search: URLSearchParams,
  name: string,
  value: string | null,
): URLSearchParams {
  const params = new URLSearchParams(search);
  if (value === null || value === "") params.delete(name);
  else params.set(name, value);
  return params;
}
