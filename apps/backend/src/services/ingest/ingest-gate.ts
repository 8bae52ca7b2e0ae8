import { AppError } from "../errors.ts";

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

export interface GateLimits {
  /** Requests writing to the store at once. */
  concurrency: number;
  /** Requests allowed to wait for a turn; one more is refused at once. */
  queue: number;
  /** Of those, how many one organization may hold, so one tenant's burst leaves room for others. */
  queuePerOrg: number;
  /** Longest wait for a turn before the request is refused. */
  maxWaitMs: number;
}

/**
 * Back-pressure for ingestion: a bounded number of requests write at once and a bounded number
 * wait. When the store falls behind, the queue fills and further requests are answered
 * 503 + Retry-After at once, so agents keep their batches (and memory stays bounded) instead of
 * the backend piling up work it cannot finish. Waiting requests are queued per organization and
 * turns go round the organizations, so a tenant sending a burst waits behind itself, not others.
 * A turn is taken before the request body is read (`acquire`) and given back with `release`.
 */
export class IngestGate {
  private active = 0;
  private waitingCount = 0;
  /** Waiters per organization; Map order is the round-robin order. */
  private readonly waiting = new Map<string, Waiter[]>();
  /** Moving average of how long one request holds its turn. */
  private averageMs = 50;

  constructor(private limits: GateLimits) {}

  configure(limits: GateLimits): void {
    this.limits = limits;
  }

  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waitingCount };
  }

  /** Waits for a turn; the returned function gives it back (calling it twice is harmless). */
  async acquire(orgId: string): Promise<() => void> {
    await this.enter(orgId);
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.averageMs = this.averageMs * 0.9 + (performance.now() - started) * 0.1;
      this.leave();
    };
  }

  async run<T>(orgId: string, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(orgId);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private enter(orgId: string): Promise<void> {
    if (this.active < this.limits.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    const mine = this.waiting.get(orgId) ?? [];
    if (this.waitingCount >= this.limits.queue || mine.length >= this.limits.queuePerOrg)
      return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.remove(orgId, waiter);
          reject(this.busy());
        }, this.limits.maxWaitMs),
      };
      mine.push(waiter);
      this.waiting.set(orgId, mine);
      this.waitingCount++;
    });
  }

  private remove(orgId: string, waiter: Waiter): void {
    const mine = this.waiting.get(orgId);
    const at = mine?.indexOf(waiter) ?? -1;
    if (!mine || at < 0) return;
    mine.splice(at, 1);
    this.waitingCount--;
    if (mine.length === 0) this.waiting.delete(orgId);
  }

  private leave(): void {
    // The organization first in line gets the turn and moves to the back of the line.
    const next = this.waiting.entries().next();
    if (next.done) {
      this.active--;
      return;
    }
    const [orgId, mine] = next.value;
    const waiter = mine.shift() as Waiter;
    this.waiting.delete(orgId);
    if (mine.length > 0) this.waiting.set(orgId, mine);
    this.waitingCount--;
    // The turn passes straight to the next waiter; `active` stays the same.
    waiter.start();
  }

  private busy(): AppError {
    const queued = this.waitingCount + this.active;
    const seconds = Math.ceil((queued * this.averageMs) / this.limits.concurrency / 1000);
    const retryAfter = Math.min(30, Math.max(1, seconds));
    return new AppError(
      "unavailable",
      `the store is behind; ${queued} ingest requests are ahead of this one. Retry in ${retryAfter} s`,
      undefined,
      retryAfter,
    );
  }
}
