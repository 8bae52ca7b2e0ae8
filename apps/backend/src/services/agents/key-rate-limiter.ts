import { AppError } from "../errors.ts";

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_KEYS = 100_000;

/**
 * A token bucket per agent key, in this process: `perMinute` requests a minute on average, with
 * bursts of a quarter of that (at least 10). Each backend replica keeps its own buckets, so with N
 * replicas behind a balancer a key gets up to N times the rate; the store-wide limits (series,
 * targets, agents) hold regardless.
 */
export class KeyRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;

  constructor(
    perMinute: number,
    /** Names what is limited in the refusal, e.g. the setting to raise. */
    private readonly what = "requests a minute (LOGSTAG_AGENT_KEY_REQUESTS_PER_MINUTE)",
  ) {
    this.capacity = Math.max(10, Math.ceil(perMinute / 4));
    this.perMs = perMinute / 60_000;
  }

  /** Takes one request's token of `key`, or throws `rate_limited` with the seconds to wait. */
  take(key: string, now = Date.now()): void {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (this.buckets.size >= MAX_KEYS && !this.buckets.has(key)) this.buckets.clear();
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return;
    }
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
    throw new AppError(
      "rate_limited",
      `this agent key sends more than ${Math.round(this.perMs * 60_000)} ${this.what}; retry in ${retryAfter} s`,
      undefined,
      retryAfter,
    );
  }
}
