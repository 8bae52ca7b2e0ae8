import type { Channel } from "@logstag/api-contract";
import type { ChannelRow } from "../../store/notification-channels.ts";

/** A channel as the API shows it: settings, and only the names of the secrets set. */
export function toChannel(row: ChannelRow): Channel {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    settings: row.settings,
    secretsSet: row.secret_names,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
