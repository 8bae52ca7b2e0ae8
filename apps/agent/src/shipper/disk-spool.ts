import type { CollectedPayload } from "../scheduler/collected.ts";
import type { PayloadQueue } from "./payload-queue.ts";
import {
  encodeSegment,
  listSegments,
  prepareSpoolDir,
  readSegment,
  readSpoolState,
  removeSegment,
  segmentName,
  writeDurably,
  writeSpoolState,
} from "./spool-files.ts";
import { acquireSpoolLock, releaseSpoolLock } from "./spool-lock.ts";

export interface DiskSpoolOptions {
  dir: string;
  maxBytes: number;
  maxAgeMs: number;
  /** A payload is on disk at most this long after it was queued (unless sent before). */
  sealDelayMs?: number;
  /** Payloads dropped for age or an unreadable file; size drops are returned by push(). */
  onDrop?: (count: number, reason: string) => void;
  now?: () => number;
}

interface Segment {
  seq: number;
  name: string;
  createdAt: number;
  count: number;
  bytes: number;
  /** In memory until written, and again while it is at the head of the queue. */
  items?: CollectedPayload[];
  /** Payload ids the backend took; the file goes once all are. */
  acked: Set<string>;
  written: Promise<void>;
}

const SEAL_BYTES = 256 * 1024;
const HEAD_SEGMENTS = 2;

/**
 * Payloads waiting for the backend, on disk: a queue of segment files, oldest first. Payloads
 * queued within `sealDelayMs` form one segment, written with fsync and an atomic rename; the
 * shipper often sends them before that, and then they never touch the disk. A segment's file is
 * deleted once the backend acknowledged all its payloads. Bounded by bytes and age: beyond
 * either, the oldest payloads are dropped and counted (the count survives restarts).
 */
export class DiskSpool implements PayloadQueue {
  #segments: Segment[] = [];
  /** Not yet sealed; `line` is the item's JSON, kept so it is serialized only once. */
  #open: { item: CollectedPayload; line: string; bytes: number; at: number }[] = [];
  #openBytes = 0;
  #sealTimer: NodeJS.Timeout | undefined;
  #nextSeq = 1;
  #size = 0;
  #bytes = 0;
  #dropped = 0;
  #stateWrite: Promise<void> = Promise.resolve();
  #removals = new Set<Promise<void>>();
  /** What the last peek() handed out: possibly on its way to the backend, so not dropped yet. */
  #inFlight = new Set<Segment | CollectedPayload>();
  /** Which segment each payload handed out by peek() belongs to (none: still open). */
  #owner = new WeakMap<CollectedPayload, Segment>();
  readonly #now: () => number;

  private constructor(private readonly options: DiskSpoolOptions) {
    this.#now = options.now ?? Date.now;
  }

  static async open(options: DiskSpoolOptions): Promise<DiskSpool> {
    const spool = new DiskSpool(options);
    await prepareSpoolDir(options.dir);
    await acquireSpoolLock(options.dir);
    spool.#dropped = (await readSpoolState(options.dir)).dropped;
    for (const file of await listSegments(options.dir)) {
      spool.#segments.push({ ...file, acked: new Set(), written: Promise.resolve() });
      spool.#size += file.count;
      spool.#bytes += file.bytes;
      spool.#nextSeq = file.seq + 1;
    }
    return spool;
  }

  get size(): number {
    return this.#size;
  }
  get bytes(): number {
    return this.#bytes;
  }
  get dropped(): number {
    return this.#dropped;
  }

  oldestAt(): number | undefined {
    return this.#segments[0]?.createdAt ?? this.#open[0]?.at;
  }

  push(item: CollectedPayload): number {
    const line = JSON.stringify(item);
    const bytes = Buffer.byteLength(line) + 1;
    this.#open.push({ item, line, bytes, at: this.#now() });
    this.#openBytes += bytes;
    this.#bytes += bytes;
    this.#size++;
    if (this.#openBytes >= SEAL_BYTES) this.#seal();
    else this.#sealTimer ??= setTimeout(() => this.#seal(), this.options.sealDelayMs ?? 2000);
    return this.#enforceSize();
  }

  async peek(max: number): Promise<CollectedPayload[]> {
    this.#expire();
    this.#inFlight.clear();
    const batch: CollectedPayload[] = [];
    for (const segment of [...this.#segments]) {
      if (batch.length >= max) break;
      const items = await this.#load(segment);
      for (const item of items ?? []) {
        if (batch.length >= max) break;
        if (segment.acked.has(item.payload.payloadId)) continue;
        this.#owner.set(item, segment);
        this.#inFlight.add(segment);
        batch.push(item);
      }
    }
    for (const { item } of this.#open) {
      if (batch.length >= max) break;
      this.#inFlight.add(item);
      batch.push(item);
    }
    return batch;
  }

  async ack(items: readonly CollectedPayload[]): Promise<void> {
    const done = new Set(items);
    const kept = this.#open.filter((entry) => !done.has(entry.item));
    for (const entry of this.#open) {
      if (!done.has(entry.item)) continue;
      this.#openBytes -= entry.bytes;
      this.#bytes -= entry.bytes;
      this.#size--;
    }
    this.#open = kept;
    for (const item of items) {
      const segment = this.#owner.get(item);
      const id = item.payload.payloadId;
      if (!segment || segment.acked.has(id) || !this.#segments.includes(segment)) continue;
      segment.acked.add(id);
      this.#size--;
      if (segment.acked.size >= segment.count) this.#remove(segment);
    }
  }

  release(): void {
    this.#inFlight.clear();
  }

  /** Writes what is still in memory and the drop count; the spool is reopened at the next start. */
  async close(): Promise<void> {
    this.#seal();
    await Promise.all(this.#segments.map((s) => s.written.catch(() => {})));
    await Promise.all(this.#removals);
    await this.#stateWrite;
    await writeSpoolState(this.options.dir, { dropped: this.#dropped });
    await releaseSpoolLock(this.options.dir);
  }

  #seal(): void {
    clearTimeout(this.#sealTimer);
    this.#sealTimer = undefined;
    if (this.#open.length === 0) return;
    const entries = this.#open;
    this.#open = [];
    this.#openBytes = 0;
    const items = entries.map((e) => e.item);
    const createdAt = entries[0]?.at ?? this.#now();
    const seq = this.#nextSeq++;
    const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
    const name = segmentName(seq, createdAt, items.length);
    const segment: Segment = {
      seq,
      name,
      createdAt,
      count: items.length,
      bytes,
      items,
      acked: new Set(),
      written: writeDurably(this.options.dir, name, encodeSegment(entries.map((e) => e.line))),
    };
    for (const item of items) this.#owner.set(item, segment);
    segment.written.then(
      () => this.#release(segment),
      () => this.options.onDrop?.(0, `cannot write to the spool directory ${this.options.dir}`),
    );
    this.#segments.push(segment);
  }

  /** Keeps only the head segments in memory once written; the rest are read back when due. */
  #release(segment: Segment): void {
    if (this.#segments.indexOf(segment) >= HEAD_SEGMENTS) segment.items = undefined;
  }

  async #load(segment: Segment): Promise<CollectedPayload[] | undefined> {
    if (segment.items) return segment.items;
    try {
      segment.items = await readSegment(this.options.dir, segment.name);
      return segment.items;
    } catch {
      this.#drop(segment);
      this.options.onDrop?.(segment.count, `unreadable spool file ${segment.name}`);
      return undefined;
    }
  }

  #remove(segment: Segment): void {
    const i = this.#segments.indexOf(segment);
    if (i < 0) return;
    this.#segments.splice(i, 1);
    this.#bytes -= segment.bytes;
    this.#size -= segment.count - segment.acked.size;
    segment.items = undefined;
    const dir = this.options.dir;
    const removal = segment.written
      .then(() => removeSegment(dir, segment.name))
      .catch(() => {})
      .finally(() => this.#removals.delete(removal));
    this.#removals.add(removal);
  }

  #drop(segment: Segment): number {
    const lost = segment.count - segment.acked.size;
    this.#remove(segment);
    this.#countDropped(lost);
    return lost;
  }

  #countDropped(count: number): void {
    if (count === 0) return;
    this.#dropped += count;
    const state = { dropped: this.#dropped };
    this.#stateWrite = this.#stateWrite
      .then(() => writeSpoolState(this.options.dir, state))
      .catch(() => {});
  }

  /**
   * Drops the oldest payloads until the spool fits its budget again: whole sealed segments from
   * the head, then (with none left) open payloads except the newest. Strictly oldest first: while
   * the oldest are on their way to the backend, nothing newer goes in their place, and the budget
   * may be exceeded until that request ends (delivered, or released for the next drop).
   */
  #enforceSize(): number {
    let dropped = 0;
    for (let head = this.#segments[0]; head && this.#bytes > this.options.maxBytes; ) {
      if (this.#inFlight.has(head)) return dropped;
      dropped += this.#drop(head);
      head = this.#segments[0];
    }
    while (this.#bytes > this.options.maxBytes && this.#open.length > 1) {
      const entry = this.#open[0];
      if (!entry || this.#inFlight.has(entry.item)) break;
      this.#open.shift();
      this.#openBytes -= entry.bytes;
      this.#bytes -= entry.bytes;
      this.#size--;
      this.#countDropped(1);
      dropped++;
    }
    return dropped;
  }

  #expire(): void {
    const limit = this.#now() - this.options.maxAgeMs;
    let dropped = 0;
    while (this.#segments[0] && this.#segments[0].createdAt < limit) {
      dropped += this.#drop(this.#segments[0]);
    }
    if (dropped > 0) this.options.onDrop?.(dropped, "older than spool.max_age");
  }
}
