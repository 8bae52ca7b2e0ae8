import {
  type AlertTemplateView,
  NO_DATA_POLICY_NAMES,
  type NoDataPolicyName,
} from "@logstag/api-contract";
import { Group, NumberInput, Select } from "@mantine/core";
import { MAX_FOR_SECONDS, NO_DATA_LABELS, type RuleForm } from "./rules.utils.ts";

const TEMPLATE_POLICY = "template";

function isPolicy(value: string | null): value is NoDataPolicyName {
  return NO_DATA_POLICY_NAMES.some((name) => name === value);
}

/** A rule's timing overrides: pending time, keep-firing time and no-data policy. */
export function RuleTimingFields({
  template,
  form,
  errors,
  onChange,
}: {
  template: AlertTemplateView;
  form: RuleForm;
  errors: (key: string) => string | undefined;
  onChange: (patch: Partial<RuleForm>) => void;
}) {
  const seconds = (value: string | number) => (typeof value === "number" ? value : "");
  return (
    <>
      <NumberInput
        label="Pending for (seconds)"
        description={`How long the condition must hold before the alert fires. Empty: the template's ${template.forSeconds} s.`}
        placeholder={String(template.forSeconds)}
        value={form.forSeconds}
        min={0}
        max={MAX_FOR_SECONDS}
        allowDecimal={false}
        onChange={(next) => onChange({ forSeconds: seconds(next) })}
        error={errors("forSeconds")}
        data-testid="rule-for-seconds"
      />
      <Group grow align="flex-start">
        <NumberInput
          label="Keep firing for (seconds)"
          description={`How long a firing alert outlives a clear condition. Empty: the template's ${template.keepFiringForSeconds} s.`}
          placeholder={String(template.keepFiringForSeconds)}
          value={form.keepFiringForSeconds}
          min={0}
          max={MAX_FOR_SECONDS}
          allowDecimal={false}
          onChange={(next) => onChange({ keepFiringForSeconds: seconds(next) })}
          error={errors("keepFiringForSeconds")}
          data-testid="rule-keep-firing-for"
        />
        <Select
          label="When a target sends no data"
          description="What a target without samples counts as."
          data={[
            {
              value: TEMPLATE_POLICY,
              label: `Template's: ${NO_DATA_LABELS[template.noData].toLowerCase()}`,
            },
            ...NO_DATA_POLICY_NAMES.map((name) => ({ value: name, label: NO_DATA_LABELS[name] })),
          ]}
          value={form.noData === "" ? TEMPLATE_POLICY : form.noData}
          allowDeselect={false}
          onChange={(value) => onChange({ noData: isPolicy(value) ? value : "" })}
          data-testid="rule-no-data"
        />
      </Group>
    </>
  );
}
