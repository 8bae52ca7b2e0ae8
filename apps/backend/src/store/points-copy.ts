import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { Tx } from "./db.ts";

const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
// Per row: field count, then length + bytes of org_id (uuid), series_id (int8), ts, value (float8).
const ROW_BYTES = 2 + (4 + 16) + (4 + 8) + (4 + 8) + (4 + 8);
// Signature, flags, header extension length and the trailer: a stream without rows.
const EMPTY_STREAM_BYTES = SIGNATURE.length + 8 + 2;
const TWO_32 = 2 ** 32;
// Packing series id and row index into one exact float64 (< 2^53) for sorting.
const MAX_PACKED_ROWS = 2 ** 21;
const MAX_PACKED_SERIES = 2 ** 31;

/** An ISO-8601 timestamp as PostgreSQL microseconds, keeping digits below the millisecond. */
export function isoToPgMicros(iso: string): number {
  const ms = Date.parse(iso);
  const fraction = /\.(\d{4,6})/.exec(iso)?.[1];
  const extra = fraction ? Number(fraction.slice(3).padEnd(3, "0")) : 0;
  return (ms - PG_EPOCH_MS) * 1000 + extra;
}

function setInt64(view: DataView, at: number, value: number): void {
  const hi = Math.floor(value / TWO_32);
  view.setInt32(at, hi);
  view.setUint32(at + 4, value - hi * TWO_32);
}

/**
 * Points of one request, kept in columns (no object per point) and written in PostgreSQL's binary
 * COPY format: no text formatting here, no parsing in the server.
 */
export class PointBatch {
  private readonly series: Float64Array;
  private readonly micros: Float64Array;
  private readonly values: Float64Array;
  /** Rows left out of `encode` (points of payloads that turned out to be duplicates). */
  private dropped: Uint8Array | undefined;
  length = 0;

  constructor(capacity: number) {
    this.series = new Float64Array(capacity);
    this.micros = new Float64Array(capacity);
    this.values = new Float64Array(capacity);
  }

  push(seriesId: number, pgMicros: number, value: number): void {
    const i = this.length++;
    this.series[i] = seriesId;
    this.micros[i] = pgMicros;
    this.values[i] = value;
  }

  /** Leaves rows `from` (inclusive) to `to` (exclusive) out of the COPY stream. */
  drop(from: number, to: number): void {
    this.dropped ??= new Uint8Array(this.series.length);
    this.dropped.fill(1, from, to);
  }

  /** The COPY stream, rows in index order (series, time) so neighbours land on the same pages. */
  encode(orgId: string): Buffer {
    const { series, micros, values } = this;
    const order = this.order();
    const buf = Buffer.allocUnsafe(SIGNATURE.length + 8 + order.length * ROW_BYTES + 2);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let at = SIGNATURE.copy(buf, 0);
    view.setInt32(at, 0); // flags
    view.setInt32(at + 4, 0); // header extension length
    at += 8;
    const template = rowTemplate(orgId);
    for (const i of order) {
      buf.set(template, at);
      setInt64(view, at + 26, series[i] as number);
      setInt64(view, at + 38, micros[i] as number);
      view.setFloat64(at + 50, values[i] as number);
      at += ROW_BYTES;
    }
    view.setInt16(at, -1);
    return buf;
  }

  /**
   * Row indexes by series, then arrival (payloads arrive in time order). A native sort of packed
   * numbers (series id × 2^21 + index) instead of a comparator: ten times cheaper per request.
   */
  private order(): Uint32Array {
    const { dropped } = this;
    const n = this.length;
    const keys = new Float64Array(n);
    let kept = 0;
    for (let i = 0; i < n; i++) {
      if (dropped?.[i]) continue;
      const s = this.series[i] as number;
      if (s >= MAX_PACKED_SERIES || n > MAX_PACKED_ROWS) return this.orderByComparator();
      keys[kept++] = s * MAX_PACKED_ROWS + i;
    }
    const sorted = keys.subarray(0, kept).sort();
    const order = new Uint32Array(kept);
    for (let i = 0; i < kept; i++) order[i] = (sorted[i] as number) % MAX_PACKED_ROWS;
    return order;
  }

  private orderByComparator(): Uint32Array {
    const { series, dropped } = this;
    const rows: number[] = [];
    for (let i = 0; i < this.length; i++) if (!dropped?.[i]) rows.push(i);
    const order = Uint32Array.from(rows);
    return order.sort((a, b) => (series[a] as number) - (series[b] as number) || a - b);
  }
}

/** The parts of a row that are the same for every point of one organization. */
function rowTemplate(orgId: string): Uint8Array {
  const row = Buffer.alloc(ROW_BYTES);
  row.writeInt16BE(4, 0);
  row.writeInt32BE(16, 2);
  Buffer.from(orgId.replaceAll("-", ""), "hex").copy(row, 6);
  row.writeInt32BE(8, 22);
  row.writeInt32BE(8, 34);
  row.writeInt32BE(8, 46);
  return row;
}

/** Writes the batch with one binary COPY inside the caller's transaction. */
export async function copyPoints(tx: Tx, orgId: string, batch: PointBatch): Promise<void> {
  if (batch.length === 0) return;
  const encoded = batch.encode(orgId);
  if (encoded.length === EMPTY_STREAM_BYTES) return;
  await copyEncoded(tx, encoded);
}

/** Streams rows already in binary COPY format into `points`. */
export async function copyEncoded(tx: Tx, encoded: Buffer): Promise<void> {
  const stream = tx.query(
    copyFrom("copy points (org_id, series_id, ts, value) from stdin with (format binary)"),
  );
  await pipeline(Readable.from([encoded]), stream);
}
