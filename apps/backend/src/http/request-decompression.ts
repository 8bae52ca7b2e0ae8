import { createGunzip, createInflate } from "node:zlib";

// A gzip agent batch inflates to about a megabyte. With zlib's default 16 KiB output chunks each
// piece is a round trip to the thread pool and a callback; in 256 KiB chunks, reading and parsing
// such a body costs about a third less CPU when timed alone (`npm run bench:ingest-stages`).
const CHUNK_BYTES = 256 * 1024;

/** Request-body decompressors for @fastify/compress's `zlib` option; responses keep its defaults. */
export const requestDecompressors = {
  createGunzip: () => createGunzip({ chunkSize: CHUNK_BYTES }),
  createInflate: () => createInflate({ chunkSize: CHUNK_BYTES }),
};
