export * from "./engine-protocol.ts";
export * from "./postgres/index.ts";
export * from "./redis/index.ts";
export * from "./registry.ts";
