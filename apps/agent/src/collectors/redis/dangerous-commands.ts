/** Commands that should be renamed or disabled on a server reachable by applications. */
export const DANGEROUS_COMMANDS = [
  "flushall",
  "flushdb",
  "keys",
  "config",
  "debug",
  "shutdown",
  "monitor",
  "module",
  "replicaof",
  "slaveof",
  "migrate",
  "swapdb",
  "save",
  "bgsave",
  "bgrewriteaof",
  "failover",
] as const;
