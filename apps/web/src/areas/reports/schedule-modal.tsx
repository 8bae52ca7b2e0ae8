import type { ReportSchedule, TargetSummary } from "@logstag/api-contract";
import {
  Alert,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { useCreateScheduleMutation } from "./create-schedule-mutation.ts";
import { type ScheduleForm, scheduleFormFrom, toScheduleBody, WEEKDAYS } from "./schedule.utils.ts";
import { useUpdateScheduleMutation } from "./update-schedule-mutation.ts";

const HOURS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, "0")}:00 UTC`,
}));
const DAYS = WEEKDAYS.map((day, index) => ({ value: String(index), label: day }));
const FORMATS = [
  { value: "pdf", label: "PDF" },
  { value: "html", label: "HTML" },
  { value: "json", label: "JSON" },
] as const;

/** Create a schedule (no `schedule`) or edit one; mounted afresh each time it opens. */
export function ScheduleModal(props: {
  schedule: ReportSchedule | null;
  targets: readonly TargetSummary[];
  onClose: () => void;
}) {
  const create = useCreateScheduleMutation();
  const update = useUpdateScheduleMutation();
  const save = props.schedule ? update : create;
  const [form, setForm] = useState<ScheduleForm>(() => scheduleFormFrom(props.schedule));
  const [showErrors, setShowErrors] = useState(false);
  const result = toScheduleBody(form);
  const errors = showErrors && !result.ok ? result.errors : {};
  const set = (patch: Partial<ScheduleForm>) => setForm({ ...form, ...patch });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    if (!result.ok) return;
    const done = { onSuccess: props.onClose };
    if (props.schedule) update.mutate({ scheduleId: props.schedule.id, body: result.body }, done);
    else create.mutate(result.body, done);
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.schedule ? `Edit “${props.schedule.name}”` : "New report schedule"}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate data-testid="schedule-form">
        <Stack gap="sm">
          {save.isError && (
            <Alert color="red" variant="light" role="alert" data-testid="schedule-error">
              {describeError(save.error)}
            </Alert>
          )}
          <TextInput
            label="Name"
            required
            value={form.name}
            error={errors.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            data-testid="schedule-name"
          />
          <MultiSelect
            label="Targets"
            description="Leave empty for every target, also those added later."
            placeholder={form.targetIds.length === 0 ? "All targets" : undefined}
            data={props.targets.map((t) => ({ value: t.id, label: t.name }))}
            value={form.targetIds}
            onChange={(targetIds) => set({ targetIds })}
            searchable
            clearable
            data-testid="schedule-targets"
          />
          <Group gap="md" align="flex-end">
            <SegmentedControl
              data={[
                { value: "daily", label: "Daily" },
                { value: "weekly", label: "Weekly" },
              ]}
              value={form.frequency}
              onChange={(v) => set({ frequency: v === "daily" ? "daily" : "weekly" })}
              data-testid="schedule-frequency"
            />
            {form.frequency === "weekly" && (
              <Select
                w={150}
                label="On"
                data={DAYS}
                value={form.weekday}
                allowDeselect={false}
                onChange={(v) => v && set({ weekday: v })}
                data-testid="schedule-weekday"
              />
            )}
            <Select
              w={150}
              label="At"
              data={HOURS}
              value={form.hourUtc}
              allowDeselect={false}
              onChange={(v) => v && set({ hourUtc: v })}
              data-testid="schedule-hour"
            />
          </Group>
          <TagsInput
            label="Recipients"
            description="E-mail addresses; press Enter or a comma after each. None: the reports are only kept."
            value={form.recipients}
            onChange={(recipients) => set({ recipients })}
            splitChars={[",", " ", ";"]}
            error={errors.recipients}
            data-testid="schedule-recipients"
          />
          <Checkbox.Group
            label="Attach"
            value={form.attachments}
            onChange={(v) =>
              set({ attachments: FORMATS.filter((f) => v.includes(f.value)).map((f) => f.value) })
            }
            error={errors.attachments}
          >
            <Group gap="md" mt={4}>
              {FORMATS.map((f) => (
                <Checkbox
                  key={f.value}
                  value={f.value}
                  label={f.label}
                  data-testid={`schedule-attach-${f.value}`}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <Switch
            label="Enabled"
            checked={form.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
            data-testid="schedule-enabled"
          />
          <Text size="xs" c="dimmed">
            Each run makes a fresh report for every chosen target and e-mails them together.
          </Text>
          <FormActions
            onCancel={props.onClose}
            pending={save.isPending}
            disabled={false}
            testId="schedule-submit"
          >
            {props.schedule ? "Save" : "Create schedule"}
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
