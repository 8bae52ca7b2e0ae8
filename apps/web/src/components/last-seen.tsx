import { Text, Tooltip } from "@mantine/core";
import { formatAbsoluteTime, formatRelativeTime } from "../lib/time.utils.ts";

export function LastSeen({ at, now }: { at: string | null; now: Date }) {
  return (
    <Tooltip label={formatAbsoluteTime(at)} withArrow openDelay={300}>
      <Text span size="sm" c={at === null ? "dimmed" : undefined} data-testid="last-seen">
        {formatRelativeTime(at, now)}
      </Text>
    </Tooltip>
  );
}
