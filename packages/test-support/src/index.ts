export * from "./embedded-postgres.ts";
export * from "./free-port.ts";
