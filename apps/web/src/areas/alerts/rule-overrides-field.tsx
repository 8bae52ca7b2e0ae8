import type { AlertTemplateView, TargetSummary } from "@logstag/api-contract";
import { Button, CloseButton, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { ParamValue } from "./param.utils.ts";
import { ParamInput } from "./param-input.tsx";
import {
  describeOverrideValue,
  draftToRow,
  EMPTY_OVERRIDE_DRAFT,
  type OverrideDraft,
  type OverrideRow,
  overridableParams,
  validateOverrideDraft,
} from "./rule-overrides.utils.ts";

/** The rule's per-target parameter values: the list, each removable, and a row to add one. */
export function RuleOverridesField({
  template,
  targets,
  ruleParams,
  rows,
  rowErrors,
  onChange,
  draft,
  draftError,
  onDraftChange: setDraft,
}: {
  template: AlertTemplateView;
  /** The targets the template applies to. */
  targets: readonly TargetSummary[];
  /** The rule's own values, which a new override starts from. */
  ruleParams: Record<string, ParamValue>;
  rows: readonly OverrideRow[];
  rowErrors: (index: number) => string | undefined;
  onChange: (rows: OverrideRow[]) => void;
  /** The override being filled in; the form refuses to save while one is left half-done. */
  draft: OverrideDraft;
  draftError: string | undefined;
  onDraftChange: (draft: OverrideDraft) => void;
}) {
  const [tried, setTried] = useState(false);
  const params = overridableParams(template);
  if (params.length === 0) return null;
  const errors = tried ? validateOverrideDraft(draft, template, rows) : {};
  const draftParam = params.find((p) => p.name === draft.param);
  const targetName = (id: string) => targets.find((t) => t.id === id)?.name ?? "(removed target)";

  const add = () => {
    const row = draftToRow(draft, template, rows);
    if (!row) {
      setTried(true);
      return;
    }
    onChange([...rows, row]);
    setDraft(EMPTY_OVERRIDE_DRAFT);
    setTried(false);
  };

  return (
    <Stack gap={4} data-testid="rule-overrides">
      <Text size="sm" fw={500}>
        Per-target overrides
      </Text>
      <Text size="xs" c="dimmed">
        A parameter value for one target only; the other targets keep the rule's values.
      </Text>
      {rows.map((row, index) => (
        <Paper key={`${row.targetId}:${row.param}`} withBorder px="sm" py={4}>
          <Group justify="space-between" wrap="nowrap" data-testid="rule-override-row">
            <Text size="sm">
              {targetName(row.targetId)} · {row.param} ={" "}
              {describeOverrideValue(
                template.params.find((p) => p.name === row.param),
                row.value,
              )}
            </Text>
            <CloseButton
              size="sm"
              aria-label={`Remove the override of ${row.param} on ${targetName(row.targetId)}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              data-testid="rule-override-remove"
            />
          </Group>
          {rowErrors(index) && (
            <Text size="xs" c="red" role="alert">
              {rowErrors(index)}
            </Text>
          )}
        </Paper>
      ))}
      <Group gap="sm" align="flex-start" grow>
        <Select
          label="Target"
          placeholder="Pick a target"
          searchable
          data={targets.map((t) => ({ value: t.id, label: t.name }))}
          value={draft.targetId}
          onChange={(targetId) => setDraft({ ...draft, targetId })}
          error={errors.target}
          data-testid="rule-override-target"
        />
        <Select
          label="Parameter"
          placeholder="Pick a parameter"
          data={params.map((p) => p.name)}
          value={draft.param}
          onChange={(param) =>
            setDraft({ ...draft, param, value: param === null ? undefined : ruleParams[param] })
          }
          error={errors.param}
          data-testid="rule-override-param"
        />
        {draftParam && (
          <ParamInput
            asValue
            param={draftParam}
            value={draft.value}
            error={errors.value}
            onChange={(value) => setDraft({ ...draft, value })}
          />
        )}
      </Group>
      <Group justify="flex-end" gap="sm">
        {draftError && (
          <Text size="xs" c="red" role="alert" data-testid="rule-override-pending">
            {draftError}
          </Text>
        )}
        {(draft.targetId !== null || draft.param !== null) && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setDraft(EMPTY_OVERRIDE_DRAFT);
              setTried(false);
            }}
            data-testid="rule-override-clear"
          >
            Clear
          </Button>
        )}
        <Button variant="default" size="xs" onClick={add} data-testid="rule-override-add">
          Add override
        </Button>
      </Group>
    </Stack>
  );
}
