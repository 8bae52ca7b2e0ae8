import type { KeyStatus } from "@logstag/api-contract";

export const EXPIRY_CHOICES = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never" },
] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]["value"];

/** The expiry to send for a choice: an ISO time that many days from now, or null for never. */
export function expiryFromChoice(choice: ExpiryChoice, now: Date): string | null {
  if (choice === "never") return null;
  return new Date(now.getTime() + Number(choice) * 86_400_000).toISOString();
}

export const STATUS_COLORS: Record<KeyStatus, string> = {
  active: "teal",
  expired: "orange",
  revoked: "gray",
};

/** The key as far as it can be shown again: its prefix and an ellipsis. */
export const maskedKey = (prefix: string | null) =>
  prefix ? `${prefix}…` : "(created before prefixes were kept)";
