import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { Tx } from "./db.ts";

export interface PointRow {
  seriesId: number;
  /** Microseconds since 2000-01-01 UTC, PostgreSQL's own timestamp representation. */
  pgMicros: number;
  value: number;
}

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

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll("-", ""), "hex");
}

function writeInt64(buf: Buffer, value: number, at: number): void {
  const hi = Math.floor(value / TWO_32);
  buf.writeInt32BE(hi, at);
  buf.writeUInt32BE(value - hi * TWO_32, at + 4);
}

/** The rows in PostgreSQL's binary COPY format: no text formatting on our side, no parsing on its. */
export function encodePoints(orgId: string, rows: readonly PointRow[]): Buffer {
  const org = uuidBytes(orgId);
  const buf = Buffer.allocUnsafe(SIGNATURE.length + 8 + rows.length * ROW_BYTES + 2);
  let at = SIGNATURE.copy(buf, 0);
  buf.writeInt32BE(0, at); // flags
  buf.writeInt32BE(0, at + 4); // header extension length
  at += 8;
  for (const r of rows) {
    buf.writeInt16BE(4, at);
    buf.writeInt32BE(16, at + 2);
    org.copy(buf, at + 6);
    buf.writeInt32BE(8, at + 22);
    writeInt64(buf, r.seriesId, at + 26);
    buf.writeInt32BE(8, at + 34);
    writeInt64(buf, r.pgMicros, at + 38);
    buf.writeInt32BE(8, at + 46);
    buf.writeDoubleBE(r.value, at + 50);
    at += ROW_BYTES;
  }
  buf.writeInt16BE(-1, at);
  return buf;
}

/** Writes points with one binary COPY inside the caller's transaction. */
export async function copyPoints(tx: Tx, orgId: string, rows: readonly PointRow[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = tx.query(
    copyFrom("copy points (org_id, series_id, ts, value) from stdin with (format binary)"),
  );
  await pipeline(Readable.from([encodePoints(orgId, rows)]), stream);
}
