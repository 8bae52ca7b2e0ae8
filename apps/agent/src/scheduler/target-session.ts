import type { EngineCollectors, EngineSession } from "../collectors/types.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import { withTimeout } from "./with-timeout.ts";

/**
 * The one connection to a target, shared by its interval groups. Opened on first use,
 * dropped after a connection failure or a timeout (or when the engine says it is no longer
 * usable), and opened again on the next tick.
 */
export class TargetSession {
  #current: Promise<EngineSession> | undefined;
  /** The open session once connected, to notice one that died between ticks. */
  #open: EngineSession | undefined;

  constructor(
    private readonly engine: EngineCollectors,
    private readonly target: TargetConfig,
  ) {}

  get(): Promise<EngineSession> {
    if (this.#open?.usable?.() === false) this.invalidate();
    if (this.#current) return this.#current;
    const timeoutMs = this.target.collectorTimeoutMs;
    const connecting = this.engine.connect(this.target.connection, {
      timeoutMs,
      statementTimeoutMs: timeoutMs,
    });
    const current = withTimeout(connecting, timeoutMs + 1000);
    this.#current = current;
    current.then(
      (session) => {
        if (this.#current === current) this.#open = session;
      },
      () => {
        if (this.#current === current) this.#current = undefined;
        // A connection that arrives after we gave up on it must not linger.
        connecting.then((session) => session.close()).catch(() => {});
      },
    );
    return current;
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
