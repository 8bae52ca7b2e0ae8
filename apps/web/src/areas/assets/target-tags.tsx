import type { TargetSummary } from "@logstag/api-contract";
import { Badge, Button, Group, Text } from "@mantine/core";

/** A target's tags as badges, with an edit button for those who may change them. */
export function TargetTags({
  target,
  onEdit,
}: {
  target: TargetSummary;
  onEdit: ((target: TargetSummary) => void) | undefined;
}) {
  return (
    <Group gap={4} data-testid="target-tags">
      {target.tags.length === 0 && !onEdit && (
        <Text span c="dimmed" size="sm">
          –
        </Text>
      )}
      {target.tags.map((tag) => (
        <Badge key={tag} variant="light" color="gray" tt="none" data-testid="target-tag">
          {tag}
        </Badge>
      ))}
      {onEdit && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onEdit(target)}
          aria-label={`Edit the tags of ${target.name}`}
          data-testid="target-tags-edit"
        >
          {target.tags.length === 0 ? "Add tags" : "Edit"}
        </Button>
      )}
    </Group>
  );
}
