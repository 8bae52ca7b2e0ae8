import { createGunzip, createInflate } from "node:zlib";

// A gzip agent batch inflates to about a megabyte. With zlib's default 16 KiB output chunks each
// piece costs a callback from the thread pool, a UTF-8 decode and a string to join before
// JSON.parse; 256 KiB chunks cut the CPU of reading and parsing such a body by about a third
// (`npm run bench:ingest-stages`).
const CHUNK_BYTES = 256 * 1024;

/** Request-body decompressors for @fastify/compress's `zlib` option; responses keep its defaults. */
export const requestDecompressors = {
  createGunzip: () => createGunzip({ chunkSize: CHUNK_BYTES }),
  createInflate: () => createInflate({ chunkSize: CHUNK_BYTES }),
};
