import { readFileSync } from "node:fs";
import type { Command } from "../command.ts";
import type { ConnectOptions, EngineSession } from "../types.ts";
import type { RedisConnection } from "./config.ts";
import { RedisConnectTimeoutError, toCommandError } from "./errors.ts";
import { clientIdCommand, setNameCommand } from "./queries.ts";

/** What lives as long as the target, across reconnects: where the slow log was read up to. */
export interface RedisTargetState {
  slowlogLastId?: number;
}

const targetStates = new WeakMap<RedisConnection, RedisTargetState>();

function stateOf(c: RedisConnection): RedisTargetState {
  const known = targetStates.get(c);
  if (known) return known;
  const state: RedisTargetState = {};
  targetStates.set(c, state);
  return state;
}

export interface RedisSession extends EngineSession {
  /** Accepts only constant commands built with `command`, never a string. */
  send(c: Command): Promise<unknown>;
  /** The agent's own client id, left out of CLIENT LIST. */
  readonly clientId: number;
  readonly connection: RedisConnection;
  readonly state: RedisTargetState;
}

function tlsOption(c: RedisConnection) {
  if (!c.tls) return undefined;
  return {
    ...(c.tls.caFile ? { ca: readFileSync(c.tls.caFile) } : {}),
    servername: c.tls.servername ?? c.host,
    rejectUnauthorized: !c.tls.insecure,
  };
}

/**
 * One plain connection per target, never cluster routing: every command is about this node.
 * No reconnect loop and no offline queue: a broken connection fails the collector, and the
 * scheduler opens a new one on the next tick.
 */
export async function connectRedis(
  c: RedisConnection,
  options: ConnectOptions,
): Promise<RedisSession> {
  const tls = tlsOption(c);
  // Loaded on first use: an agent without Redis targets never pays for the driver (~10 MB).
  const { default: Valkey } = await import("iovalkey");
  const client = new Valkey({
    host: c.host,
    port: c.port,
    ...(c.username === undefined ? {} : { username: c.username }),
    ...(c.password === undefined ? {} : { password: c.password }),
    db: c.db,
    ...(tls ? { tls } : {}),
    lazyConnect: true,
    connectTimeout: options.timeoutMs,
    commandTimeout: options.statementTimeoutMs,
    enableOfflineQueue: false,
    enableReadyCheck: false,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    autoResubscribe: false,
  });
  // Authentication and socket failures arrive as events; the promise only says "closed".
  let lastEvent: Error | undefined;
  client.on("error", (error: Error) => {
    lastEvent = error;
  });
  // A command that timed out leaves the connection busy with it: drop the connection.
  let timedOut: Error | undefined;
  const send = async (cmd: Command) => {
    if (timedOut) throw timedOut;
    try {
      return await client.call(cmd.name, ...cmd.args);
    } catch (error) {
      if (error instanceof Error && error.message === "Command timed out") {
        timedOut = error;
        client.disconnect();
      }
      throw toCommandError(cmd, lastEvent && isFatal(lastEvent) ? lastEvent : error, c);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RedisConnectTimeoutError(options.timeoutMs)),
      options.timeoutMs,
    );
  });
  const handshake = (async () => {
    await client.connect().catch((error: unknown) => {
      throw lastEvent ?? error;
    });
    await send(setNameCommand);
    return Number(await send(clientIdCommand));
  })();
  handshake.catch(() => {});
  try {
    const clientId = await Promise.race([handshake, deadline]);
    return {
      send,
      clientId,
      connection: c,
      state: stateOf(c),
      usable: () => timedOut === undefined && client.status === "ready",
      async close() {
        client.disconnect();
      },
    };
  } catch (error) {
    client.disconnect();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Errors after which the connection is useless (a later NOAUTH reply is their consequence). */
function isFatal(error: Error): boolean {
  return (
    /WRONGPASS|invalid password|invalid username-password/i.test(error.message) || "code" in error
  );
}
