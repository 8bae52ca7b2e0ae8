import type { CollectedPayload } from "../scheduler/collected.ts";

/**
 * Payloads waiting for the backend. The shipper reads a batch with `peek` and removes it
 * with `ack` only once the backend has taken it (or it can never be sent), so a disk
 * spool can implement the same interface and survive restarts.
 */
export interface PayloadQueue {
  /** Adds a payload; returns how many of the oldest were dropped to stay within bounds. */
  push(item: CollectedPayload): number;
  peek(max: number): CollectedPayload[] | Promise<CollectedPayload[]>;
  ack(items: readonly CollectedPayload[]): void | Promise<void>;
  readonly size: number;
  readonly bytes: number;
  /** Payloads the queue dropped over its lifetime, when it keeps count across restarts. */
  readonly dropped?: number;
  /** When the oldest waiting payload was queued (ms since the epoch). */
  oldestAt?(): number | undefined;
  /** The batch last peeked was not delivered: it may be dropped again if the queue is full. */
  release?(): void;
  /** Persists what must survive a restart. */
  close?(): Promise<void>;
}

export interface QueueLimits {
  maxPayloads: number;
  maxBytes: number;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = {
  maxPayloads: 10_000,
  maxBytes: 50 * 1024 * 1024,
};

/** In memory, bounded; when full the oldest payloads go first. */
export class MemoryQueue implements PayloadQueue {
  #items: { item: CollectedPayload; bytes: number }[] = [];
  #bytes = 0;

  constructor(private readonly limits: QueueLimits = DEFAULT_QUEUE_LIMITS) {}

  get size(): number {
    return this.#items.length;
  }

  get bytes(): number {
    return this.#bytes;
  }

  push(item: CollectedPayload): number {
    const bytes = Buffer.byteLength(JSON.stringify(item.payload));
    this.#items.push({ item, bytes });
    this.#bytes += bytes;
    let dropped = 0;
    while (
      this.#items.length > 1 &&
      (this.#items.length > this.limits.maxPayloads || this.#bytes > this.limits.maxBytes)
    ) {
      this.#bytes -= this.#items.shift()?.bytes ?? 0;
      dropped++;
    }
    return dropped;
  }

  peek(max: number): CollectedPayload[] {
    return this.#items.slice(0, max).map((entry) => entry.item);
  }

  ack(items: readonly CollectedPayload[]): void {
    const done = new Set(items);
    this.#items = this.#items.filter((entry) => {
      if (!done.has(entry.item)) return true;
      this.#bytes -= entry.bytes;
      return false;
    });
  }
}
