import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { Tx } from "./db.ts";

const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
// Per row: field count, then length + bytes of org_id (uuid), series_id (int8), ts, value (float8).
const ROW_BYTES = 2 + (4 + 16) + (4 + 8) + (4 + 8) + (4 + 8);
const TWO_32 = 2 ** 32;

/** An ISO-8601 timestamp as PostgreSQL microseconds, keeping digits below the millisecond. */
export function isoToPgMicros(iso: string): number {
  const ms = Date.parse(iso);
  const fraction = /\.(\d{4,6})/.exec(iso)?.[1];
  const extra = fraction ? Number(fraction.slice(3).padEnd(3, "0")) : 0;
  return (ms - PG_EPOCH_MS) * 1000 + extra;
}

function writeInt64(buf: Buffer, value: number, at: number): void {
  const hi = Math.floor(value / TWO_32);
  buf.writeInt32BE(hi, at);
  buf.writeUInt32BE(value - hi * TWO_32, at + 4);
}

/**
 * Points of one request, kept in columns (no object per point) and written in PostgreSQL's binary
 * COPY format: no text formatting here, no parsing in the server.
 */
export class PointBatch {
  private readonly series: Float64Array;
  private readonly micros: Float64Array;
  private readonly values: Float64Array;
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

  /** The COPY stream, rows in index order (series, time) so neighbours land on the same pages. */
  encode(orgId: string): Buffer {
    const { series, micros, values } = this;
    const order = new Uint32Array(this.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort(
      (a, b) =>
        (series[a] as number) - (series[b] as number) ||
        (micros[a] as number) - (micros[b] as number),
    );
    const org = Buffer.from(orgId.replaceAll("-", ""), "hex");
    const buf = Buffer.allocUnsafe(SIGNATURE.length + 8 + order.length * ROW_BYTES + 2);
    let at = SIGNATURE.copy(buf, 0);
    buf.writeInt32BE(0, at); // flags
    buf.writeInt32BE(0, at + 4); // header extension length
    at += 8;
    for (const i of order) {
      buf.writeInt16BE(4, at);
      buf.writeInt32BE(16, at + 2);
      org.copy(buf, at + 6);
      buf.writeInt32BE(8, at + 22);
      writeInt64(buf, series[i] as number, at + 26);
      buf.writeInt32BE(8, at + 34);
      writeInt64(buf, micros[i] as number, at + 38);
      buf.writeInt32BE(8, at + 46);
      buf.writeDoubleBE(values[i] as number, at + 50);
      at += ROW_BYTES;
    }
    buf.writeInt16BE(-1, at);
    return buf;
  }
}

/** Writes the batch with one binary COPY inside the caller's transaction. */
export async function copyPoints(tx: Tx, orgId: string, batch: PointBatch): Promise<void> {
  if (batch.length === 0) return;
  await copyEncoded(tx, batch.encode(orgId));
}

/** Streams rows already in binary COPY format into `points`. */
export async function copyEncoded(tx: Tx, encoded: Buffer): Promise<void> {
  const stream = tx.query(
    copyFrom("copy points (org_id, series_id, ts, value) from stdin with (format binary)"),
  );
  await pipeline(Readable.from([encoded]), stream);
}
