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
  /** Longest wait for a turn before the request is refused. */
  maxWaitMs: number;
}

/**
 * Back-pressure for ingestion: a bounded number of requests write at once and a bounded number
 * wait. When the store falls behind, the queue fills and further requests are answered
 * 503 + Retry-After at once, so agents keep their batches (and memory stays bounded) instead of
 * the backend piling up work it cannot finish.
 */
export class IngestGate {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  /** Moving average of how long one request holds its turn. */
  private averageMs = 50;

  constructor(private limits: GateLimits) {}

  configure(limits: GateLimits): void {
    this.limits = limits;
  }

  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.averageMs = this.averageMs * 0.9 + (performance.now() - started) * 0.1;
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.active < this.limits.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue) return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(this.busy());
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private leave(): void {
    const next = this.waiting.shift();
    // The turn passes straight to the next waiter; `active` stays the same.
    if (next) next.start();
    else this.active--;
  }

  private busy(): AppError {
    const queued = this.waiting.length + this.active;
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
