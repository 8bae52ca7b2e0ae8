import type { FindingMute } from "@logstag/api-contract";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";

/** The backend refuses mutes longer than this. */
export const MAX_MUTE_DAYS = 366;
const DAY_MS = 86_400_000;

export const MUTE_DURATIONS = [
  { value: "1", label: "1 day" },
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "custom", label: "Until a date…" },
] as const;
export type MuteDuration = (typeof MUTE_DURATIONS)[number]["value"];

export interface MuteForm {
  reason: string;
  duration: MuteDuration;
  /** yyyy-mm-dd from a date input, used with "custom"; the mute ends at the start of that day (local). */
  date: string;
}

export type MuteFormResult =
  | { ok: true; body: { reason: string; until: string } }
  | { ok: false; errors: { reason?: string; date?: string } };

/** Checks the form as the backend would and builds the request body. */
export function toMuteBody(form: MuteForm, now: Date): MuteFormResult {
  const errors: { reason?: string; date?: string } = {};
  const reason = form.reason.trim();
  if (reason.length < 3) errors.reason = "Say why the finding is muted (at least 3 characters).";
  const until = muteEnd(form, now);
  if (until === null) errors.date = "Pick the day the mute ends.";
  else if (until.getTime() <= now.getTime()) errors.date = "The end must be in the future.";
  else if (until.getTime() > now.getTime() + MAX_MUTE_DAYS * DAY_MS)
    errors.date = `A mute lasts at most ${MAX_MUTE_DAYS} days.`;
  if (errors.reason || errors.date || until === null) return { ok: false, errors };
  return { ok: true, body: { reason, until: until.toISOString() } };
}

function muteEnd(form: MuteForm, now: Date): Date | null {
  if (form.duration !== "custom") return new Date(now.getTime() + Number(form.duration) * DAY_MS);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(form.date);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Muted by ana@example.test until 2025-04-01 00:00:00: TLS ends at the proxy". */
export function describeMute(mute: FindingMute): string {
  return `Muted by ${mute.by} until ${formatAbsoluteTime(mute.until)}: ${mute.reason}`;
}
