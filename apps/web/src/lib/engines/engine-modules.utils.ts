/** `./engines/redis/index.tsx` → `redis`; null for a path outside an engine folder. */
export function moduleFromPath(path: string): string | null {
  return /(?:^|\/)engines\/([^/]+)\/index\.tsx$/.exec(path)?.[1] ?? null;
}

/** An `import.meta.glob` result keyed by engine module instead of by file path. */
export function byModule<T>(files: Record<string, T>): ReadonlyMap<string, T> {
  const modules = new Map<string, T>();
  for (const [path, value] of Object.entries(files)) {
    const name = moduleFromPath(path);
    if (name !== null) modules.set(name, value);
  }
  return modules;
}
