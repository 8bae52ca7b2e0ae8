import type { HealthSeverity } from "@logstag/api-contract";
import { Badge, Tooltip } from "@mantine/core";
import { SEVERITY_COLORS, scoreLook } from "./health-score.utils.ts";

/** A health score with its band's colour; "–" until the target has a report. */
export function ScoreBadge({
  score,
  size = "md",
}: {
  score: number | null;
  size?: "sm" | "md" | "lg" | "xl";
}) {
  const look = scoreLook(score);
  return (
    <Tooltip label={`Health score: ${look.label}`} withArrow openDelay={300}>
      <Badge
        color={look.color}
        variant="filled"
        size={size}
        radius="sm"
        miw={44}
        data-testid="health-score"
        data-score={score ?? ""}
      >
        {score ?? "–"}
      </Badge>
    </Tooltip>
  );
}

export function SeverityBadge({ severity }: { severity: HealthSeverity }) {
  return (
    <Badge
      color={SEVERITY_COLORS[severity]}
      variant="light"
      size="sm"
      radius="sm"
      data-testid="severity-badge"
      data-severity={severity}
    >
      {severity}
    </Badge>
  );
}
