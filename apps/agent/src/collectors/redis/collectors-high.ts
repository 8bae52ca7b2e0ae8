import type { Collector } from "../types.ts";
import type { RedisSession } from "./connect.ts";
import { mapClients } from "./map-clients.ts";
import { parseInfo } from "./map-info.ts";
import { mapInventory, mapServerMetrics } from "./map-server.ts";
import { clientListCommand, infoDefaultCommand } from "./queries.ts";

/** Clients, memory, stats and CPU from one INFO, plus the inventory (version, role). */
export const serverCollector: Collector<RedisSession> = {
  name: "server",
  group: "high",
  async collect(session) {
    const info = parseInfo(await session.send(infoDefaultCommand));
    return { metrics: mapServerMetrics(info), inventory: mapInventory(info, new Date()) };
  },
};

/** Every client connection but the agent's own (told by its client id, not by its name). */
export const clientsCollector: Collector<RedisSession> = {
  name: "clients",
  group: "high",
  async collect(session) {
    return {
      metrics: [],
      snapshot: mapClients(await session.send(clientListCommand), session.clientId),
    };
  },
};
