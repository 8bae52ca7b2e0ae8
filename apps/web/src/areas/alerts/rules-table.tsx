import type { AlertRule } from "@logstag/api-contract";
import { Badge, Group, Switch, Table, Text, Tooltip } from "@mantine/core";
import { EditDeleteActions } from "../../components/row-action.tsx";
import { useUpdateRuleMutation } from "./rule-mutations.ts";
import { describeScope } from "./rules.utils.ts";

const NEED_MANAGE = "Only Admins can change alert rules";

export function RulesTable({
  rules,
  canManage,
  onEdit,
  onDelete,
}: {
  rules: readonly AlertRule[];
  canManage: boolean;
  onEdit: (rule: AlertRule) => void;
  onDelete: (rule: AlertRule) => void;
}) {
  const update = useUpdateRuleMutation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} fz="sm" data-testid="rules-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>On</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Alerts</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id} data-testid="rule-row" data-name={rule.name}>
              <Table.Td>
                <Tooltip label={NEED_MANAGE} disabled={canManage}>
                  <span>
                    <Switch
                      size="sm"
                      aria-label={rule.enabled ? "Disable rule" : "Enable rule"}
                      checked={rule.enabled}
                      disabled={
                        !canManage || (update.isPending && update.variables?.ruleId === rule.id)
                      }
                      onChange={(event) =>
                        update.mutate({
                          ruleId: rule.id,
                          changes: { enabled: event.currentTarget.checked },
                        })
                      }
                      data-testid="rule-enabled"
                    />
                  </span>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                {rule.name}
                <Text size="xs" c="dimmed">
                  {rule.templateName} · {rule.category}
                </Text>
              </Table.Td>
              <Table.Td>{describeScope(rule)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {rule.firing > 0 && (
                    <Badge color="red" variant="light">
                      {rule.firing} firing
                    </Badge>
                  )}
                  {rule.pending > 0 && (
                    <Badge color="yellow" variant="light">
                      {rule.pending} pending
                    </Badge>
                  )}
                  {rule.firing === 0 && rule.pending === 0 && (
                    <Text size="sm" c="dimmed">
                      none
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <EditDeleteActions
                    allowed={canManage}
                    deniedReason={NEED_MANAGE}
                    testIdPrefix="rule"
                    onEdit={() => onEdit(rule)}
                    onDelete={() => onDelete(rule)}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
