import {
  ALERT_SEVERITIES,
  type AlertRule,
  type AlertTemplateView,
  type TargetSummary,
} from "@logstag/api-contract";
import {
  Autocomplete,
  Button,
  Alert as Callout,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { ErrorCallout, FormModal } from "../../components/form-modal.tsx";
import { useDryRunMutation } from "./dry-run-mutation.ts";
import { ParamInput } from "./param-input.tsx";
import { useCreateRuleMutation, useUpdateRuleMutation } from "./rule-mutations.ts";
import { RuleOverridesField } from "./rule-overrides-field.tsx";
import { RuleTimingFields } from "./rule-timing-fields.tsx";
import {
  describeDryRun,
  knownTags,
  newRuleForm,
  type RuleForm,
  ruleFormFrom,
  type SeverityChoice,
  toRuleInput,
  validateRuleForm,
} from "./rules.utils.ts";

const SEVERITY_OPTIONS: SeverityChoice[] = [...ALERT_SEVERITIES, "off"];

function isSeverityChoice(value: string | null): value is SeverityChoice {
  return SEVERITY_OPTIONS.some((option) => option === value);
}

/** Creates a rule from a template (pick one first) or edits an existing rule. */
export function RuleFormModal({
  opened,
  rule,
  templates,
  targets,
  onClose,
}: {
  opened: boolean;
  rule: AlertRule | null;
  templates: readonly AlertTemplateView[];
  targets: readonly TargetSummary[];
  onClose: () => void;
}) {
  return (
    <FormModal opened={opened} onClose={onClose} title={rule ? "Edit rule" : "New rule"} size="lg">
      <RuleFormBody rule={rule} templates={templates} targets={targets} onClose={onClose} />
    </FormModal>
  );
}

function RuleFormBody({
  rule,
  templates,
  targets,
  onClose,
}: {
  rule: AlertRule | null;
  templates: readonly AlertTemplateView[];
  targets: readonly TargetSummary[];
  onClose: () => void;
}) {
  const initialTemplate = rule ? templates.find((t) => t.id === rule.templateId) : undefined;
  const [form, setForm] = useState<RuleForm | null>(() =>
    rule && initialTemplate ? ruleFormFrom(rule, initialTemplate) : null,
  );
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateRuleMutation();
  const update = useUpdateRuleMutation();
  const dryRun = useDryRunMutation();
  const template = form ? templates.find((t) => t.id === form.templateId) : undefined;
  const errors = form && template ? validateRuleForm(form, template) : {};
  const valid = Object.keys(errors).length === 0;
  const save = rule ? update : create;

  if (rule && !initialTemplate)
    return <Text size="sm">This rule's template is no longer in the library.</Text>;

  const pickTemplate = (id: string | null) => {
    const next = templates.find((t) => t.id === id);
    setForm(next ? newRuleForm(next) : null);
    dryRun.reset();
  };
  // Functional: a field may report two changes in one event (an override added, its draft cleared).
  const change = (patch: Partial<RuleForm>) => {
    setForm((current) => (current ? { ...current, ...patch } : current));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!form || !valid) return;
    const input = toRuleInput(form);
    if (rule) {
      const { templateId: _templateId, ...changes } = input;
      update.mutate({ ruleId: rule.id, changes }, { onSuccess: onClose });
    } else {
      create.mutate(input, { onSuccess: onClose });
    }
  };
  const engineTargets = template
    ? targets.filter((target) => template.engines.includes(target.engine))
    : [];
  const shownError = (key: string) => (submitted ? errors[key] : undefined);

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Select
          label="Template"
          placeholder="Pick a template"
          searchable
          disabled={rule !== null}
          data={templates.map((t) => ({
            value: t.id,
            label: `${t.name} (${t.engines.join(", ")})`,
          }))}
          value={form?.templateId ?? null}
          onChange={pickTemplate}
          data-testid="rule-template"
        />
        {template && form && (
          <>
            <Text size="sm" c="dimmed">
              {template.summary}
            </Text>
            <TextInput
              label="Name"
              value={form.name}
              onChange={(event) => change({ name: event.currentTarget.value })}
              error={shownError("name")}
              data-testid="rule-name"
            />
            {template.params.map((param) => (
              <ParamInput
                key={param.name}
                param={param}
                value={form.params[param.name]}
                error={errors[`param.${param.name}`]}
                onChange={(value) => change({ params: { ...form.params, [param.name]: value } })}
              />
            ))}
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Scope
              </Text>
              <SegmentedControl
                size="xs"
                data={[
                  { value: "all", label: `All ${template.engines.join(", ")} targets` },
                  { value: "targets", label: "Chosen targets" },
                  { value: "tag", label: "Targets with a tag" },
                ]}
                value={form.scopeKind}
                onChange={(value) =>
                  change({ scopeKind: value === "targets" || value === "tag" ? value : "all" })
                }
                data-testid="rule-scope"
              />
              {form.scopeKind === "tag" && (
                <Autocomplete
                  placeholder="Tag, e.g. production"
                  description="Tags are set on the Assets page."
                  data={knownTags(engineTargets)}
                  value={form.tag}
                  onChange={(tag) => change({ tag })}
                  error={shownError("scope")}
                  data-testid="rule-tag"
                />
              )}
              {form.scopeKind === "targets" && (
                <MultiSelect
                  placeholder="Targets"
                  searchable
                  data={engineTargets.map((t) => ({ value: t.id, label: t.name }))}
                  value={form.targetIds}
                  onChange={(targetIds) => change({ targetIds })}
                  error={shownError("scope")}
                  data-testid="rule-targets"
                />
              )}
            </Stack>
            <RuleOverridesField
              template={template}
              targets={engineTargets}
              ruleParams={form.params}
              rows={form.overrides}
              rowErrors={(index) => shownError(`override.${index}`)}
              onChange={(overrides) => change({ overrides })}
              draft={form.overrideDraft}
              draftError={shownError("overrideDraft")}
              onDraftChange={(overrideDraft) => change({ overrideDraft })}
            />
            <RuleTimingFields
              template={template}
              form={form}
              errors={shownError}
              onChange={change}
            />
            <Group gap="sm">
              {template.severities.map((severity) => (
                <Select
                  key={severity}
                  w={150}
                  label={`When ${severity}, raise`}
                  data={SEVERITY_OPTIONS}
                  value={form.severities[severity] ?? severity}
                  onChange={(value) =>
                    isSeverityChoice(value) &&
                    change({ severities: { ...form.severities, [severity]: value } })
                  }
                  data-testid={`rule-severity-${severity}`}
                />
              ))}
            </Group>
            <Group gap="sm" align="flex-start">
              <Button
                variant="default"
                size="xs"
                disabled={!valid}
                loading={dryRun.isPending}
                onClick={() => dryRun.mutate(toRuleInput(form))}
                data-testid="rule-dry-run"
              >
                Dry run over the last hour
              </Button>
            </Group>
            {dryRun.isSuccess && (
              <Callout color="blue" variant="light" data-testid="rule-dry-run-result">
                {describeDryRun(dryRun.data)}
              </Callout>
            )}
            <ErrorCallout error={dryRun.error} />
          </>
        )}
        <ErrorCallout error={save.error} testId="rule-save-error" />
        <FormActions
          onCancel={onClose}
          pending={save.isPending}
          disabled={!form || (submitted && !valid)}
          testId="rule-save"
        >
          {rule ? "Save" : "Create rule"}
        </FormActions>
      </Stack>
    </form>
  );
}
