import { Badge } from "@mantine/core";

export type PreviewStage = "Coming soon" | "Roadmap";

export function PreviewBadge({ stage }: { stage: PreviewStage }) {
  return (
    <Badge
      size="xs"
      radius="sm"
      variant="outline"
      color={stage === "Coming soon" ? "indigo" : "grape"}
      data-testid="preview-badge"
    >
      {stage}
    </Badge>
  );
}
