import type { TargetStatus } from "@logstag/api-contract";

interface StatusLook {
  label: string;
  color: string;
  description: string;
}

export const TARGET_STATUS_LOOK: Record<TargetStatus, StatusLook> = {
  up: { label: "up", color: "teal", description: "Fresh data; every collector works." },
  degraded: {
    label: "degraded",
    color: "yellow",
    description: "Reachable, but some collectors fail; see the last error.",
  },
  down: {
    label: "down",
    color: "red",
    description: "The agent cannot connect, or the server does not answer.",
  },
  stale: { label: "stale", color: "orange", description: "No fresh data has arrived recently." },
  pending: { label: "pending", color: "gray", description: "Waiting for the first collection." },
};

export function describeStatus(status: TargetStatus): StatusLook {
  return TARGET_STATUS_LOOK[status];
}
