export class CollectorTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`did not finish within ${timeoutMs} ms`);
    this.name = "CollectorTimeoutError";
  }
}

/** Settles with `work`, or rejects with CollectorTimeoutError after `ms`; `work` is not cancelled. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CollectorTimeoutError(ms)), ms);
  });
  // The abandoned promise may still reject later; nobody is listening any more.
  work.catch(() => {});
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
