import type { TargetStatus } from "@logstag/api-contract";

interface StatusLook {
  label: string;
  color: string;
  description: string;
}

export const TARGET_STATUS_LOOK: Record<TargetStatus, StatusLook> = {
  up: { label: "up", color: "teal", description: "Fresh data; the last collection worked." },
  down: { label: "down", color: "red", description: "The last collection failed." },
  stale: { label: "stale", color: "orange", description: "No fresh data has arrived recently." },
  pending: { label: "pending", color: "gray", description: "Waiting for the first collection." },
};

export function describeStatus(status: TargetStatus): StatusLook {
  return TARGET_STATUS_LOOK[status];
}
