import type { TargetStatus } from "@logstag/api-contract";
import { Badge, Tooltip } from "@mantine/core";
import { describeStatus } from "./status.utils.ts";

export function StatusBadge({ status }: { status: TargetStatus }) {
  const look = describeStatus(status);
  return (
    <Tooltip label={look.description} withArrow openDelay={300}>
      <Badge
        color={look.color}
        variant="light"
        size="sm"
        radius="sm"
        data-testid="target-status"
        data-status={status}
      >
        {look.label}
      </Badge>
    </Tooltip>
  );
}
