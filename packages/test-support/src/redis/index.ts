export * from "./start-redis.ts";
export * from "./tls-files.ts";
