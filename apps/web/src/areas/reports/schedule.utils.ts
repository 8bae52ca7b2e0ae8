import type { ReportSchedule, ScheduleBody } from "@logstag/api-contract";

export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** "Daily at 06:00 UTC", "Weekly on Monday at 18:00 UTC". */
export function describeCadence(
  s: Pick<ReportSchedule, "frequency" | "hourUtc" | "weekday">,
): string {
  const at = `at ${pad(s.hourUtc)}:00 UTC`;
  if (s.frequency === "daily") return `Daily ${at}`;
  return `Weekly on ${WEEKDAYS[s.weekday ?? 1] ?? "Monday"} ${at}`;
}

/** "All targets", one name, "a, b and c", or "a, b and 3 more"; unknown ids as "a removed target". */
export function describeTargets(
  targetIds: readonly string[],
  namesById: ReadonlyMap<string, string>,
): string {
  if (targetIds.length === 0) return "All targets, also those added later";
  const names = targetIds.map((id) => namesById.get(id) ?? "a removed target");
  if (names.length === 1) return names[0] ?? "";
  if (names.length <= 3) return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
}

export function describeRecipients(recipients: readonly string[]): string {
  if (recipients.length === 0) return "Nobody: reports are only kept";
  return recipients.join(", ");
}

export interface ScheduleForm {
  name: string;
  targetIds: string[];
  frequency: "daily" | "weekly";
  hourUtc: string;
  weekday: string;
  recipients: string[];
  attachments: ("pdf" | "html" | "json")[];
  enabled: boolean;
}

export function scheduleFormFrom(schedule: ReportSchedule | null): ScheduleForm {
  if (schedule === null) {
    return {
      name: "",
      targetIds: [],
      frequency: "weekly",
      hourUtc: "6",
      weekday: "1",
      recipients: [],
      attachments: ["pdf"],
      enabled: true,
    };
  }
  return {
    name: schedule.name,
    targetIds: [...schedule.targetIds],
    frequency: schedule.frequency,
    hourUtc: String(schedule.hourUtc),
    weekday: String(schedule.weekday ?? 1),
    recipients: [...schedule.recipients],
    attachments: [...schedule.attachments],
    enabled: schedule.enabled,
  };
}

export type ScheduleFormErrors = Partial<Record<"name" | "recipients" | "attachments", string>>;
export type ScheduleFormResult =
  | { ok: true; body: ScheduleBody }
  | { ok: false; errors: ScheduleFormErrors };

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** A pasted "a@x.test, b@x.test" arrives as one entry; separators left at the end are dropped. */
function splitAddresses(entry: string): string[] {
  return entry.split(/[\s,;]+/).filter((part) => part !== "");
}

/** Checks the form the way the API does and builds its body. */
export function toScheduleBody(form: ScheduleForm): ScheduleFormResult {
  const errors: ScheduleFormErrors = {};
  const name = form.name.trim();
  if (name === "") errors.name = "Give the schedule a name.";
  else if (name.length > 200) errors.name = "At most 200 characters.";
  const recipients = [...new Set(form.recipients.flatMap(splitAddresses))];
  const invalid = recipients.filter((r) => !EMAIL.test(r));
  if (invalid.length > 0) errors.recipients = `Not an e-mail address: ${invalid.join(", ")}`;
  else if (recipients.length > 50) errors.recipients = "At most 50 recipients.";
  if (recipients.length > 0 && form.attachments.length === 0)
    errors.attachments = "Attach at least one format, or remove the recipients.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name,
      targetIds: form.targetIds,
      frequency: form.frequency,
      hourUtc: Number(form.hourUtc),
      weekday: form.frequency === "weekly" ? Number(form.weekday) : null,
      recipients,
      attachments: form.attachments,
      enabled: form.enabled,
    },
  };
}
