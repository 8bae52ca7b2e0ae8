export * from "./debian-postgres.ts";
export * from "./embedded-postgres.ts";
export * from "./postgres-major.ts";
export * from "./postgres-server.ts";
export * from "./redis/index.ts";
export * from "./webhook-receiver.ts";
