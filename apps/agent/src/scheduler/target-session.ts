import type { EngineCollectors, EngineSession } from "../collectors/types.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import { backoffDelay } from "../shipper/backoff.ts";
import { withTimeout } from "./with-timeout.ts";

/** The longest pause between two connection attempts to a target that keeps failing. */
const MAX_RECONNECT_DELAY_MS = 60_000;

/**
 * The one connection to a target, shared by its interval groups. Opened on first use,
 * dropped after a connection failure or a timeout (or when the engine says it is no longer
 * usable), and opened again later. After failed attempts the next one waits with a growing,
 * jittered delay, so a dead server is not hammered; meanwhile callers get the last failure.
 */
export class TargetSession {
  #current: Promise<EngineSession> | undefined;
  /** The open session once connected, to notice one that died between ticks. */
  #open: EngineSession | undefined;
  #failures = 0;
  #retryAt = 0;
  #connectedAt = Number.NEGATIVE_INFINITY;
  #lastFailure: unknown;
  readonly #maxDelayMs: number;

  constructor(
    private readonly engine: EngineCollectors,
    private readonly target: TargetConfig,
    private readonly now: () => number = Date.now,
  ) {
    // A few of the target's fastest ticks, so a server that comes back is seen again soon.
    const fastest = Math.min(...Object.values(target.intervalsMs));
    this.#maxDelayMs = Math.min(MAX_RECONNECT_DELAY_MS, Math.max(1000, fastest * 6));
  }

  /** Consecutive failed connection attempts; 0 once connected. */
  get failures(): number {
    return this.#failures;
  }

  /** When the last connection was opened (by `now()`); -Infinity before the first. */
  get connectedAt(): number {
    return this.#connectedAt;
  }

  get(): Promise<EngineSession> {
    if (this.#open?.usable?.() === false) this.invalidate();
    if (this.#current) return this.#current;
    if (this.#failures > 0 && this.now() < this.#retryAt) {
      return Promise.reject(this.#lastFailure);
    }
    const timeoutMs = this.target.collectorTimeoutMs;
    const connecting = this.engine.connect(this.target.connection, {
      timeoutMs,
      statementTimeoutMs: timeoutMs,
    });
    const current = withTimeout(connecting, timeoutMs + 1000);
    this.#current = current;
    current.then(
      (session) => {
        this.#failures = 0;
        this.#connectedAt = this.now();
        if (this.#current === current) this.#open = session;
      },
      (error: unknown) => {
        if (this.#current === current) this.#current = undefined;
        this.#lastFailure = error;
        // The first retry comes with the next tick; later ones back off.
        const delay = this.#failures === 0 ? 0 : this.#delay(this.#failures - 1);
        this.#failures++;
        this.#retryAt = this.now() + delay;
        // A connection that arrives after we gave up on it must not linger.
        connecting.then((session) => session.close()).catch(() => {});
      },
    );
    return current;
  }

  #delay(attempt: number): number {
    return backoffDelay(attempt, { baseMs: 1000, capMs: this.#maxDelayMs });
  }

  /** Forgets the current connection and closes it in the background. */
  invalidate(): void {
    const current = this.#current;
    this.#current = undefined;
    this.#open = undefined;
    current?.then((session) => session.close()).catch(() => {});
  }

  async close(): Promise<void> {
    const current = this.#current;
    this.#current = undefined;
    this.#open = undefined;
    await current?.then((session) => session.close()).catch(() => {});
  }
}
