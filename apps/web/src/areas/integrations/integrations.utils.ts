import type {
  AlertCategory,
  AlertSeverity,
  Channel,
  ChannelKind,
  Policy,
} from "@logstag/api-contract";

export interface ChannelForm {
  name: string;
  kind: ChannelKind;
  /** Slack incoming-webhook URL or webhook URL. */
  url: string;
  signingSecret: string;
  /** E-mail recipients, separated by commas or new lines. */
  to: string;
}

export const EMPTY_CHANNEL_FORM: ChannelForm = {
  name: "",
  kind: "slack",
  url: "",
  signingSecret: "",
  to: "",
};

export interface ChannelInput {
  name: string;
  kind: ChannelKind;
  settings: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function splitRecipients(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Why the channel form cannot be sent, by field. */
export function validateChannelForm(form: ChannelForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.name.trim() === "") errors.name = "Give the channel a name";
  if (form.kind === "slack" || form.kind === "webhook") {
    if (!isHttpUrl(form.url.trim())) errors.url = "An http(s) URL";
  }
  if (form.kind === "webhook" && form.signingSecret.length < 16)
    errors.signingSecret = "At least 16 characters";
  if (form.kind === "email") {
    const to = splitRecipients(form.to);
    if (to.length === 0) errors.to = "At least one address";
    else if (!to.every((address) => EMAIL.test(address))) errors.to = "Not an e-mail address";
  }
  return errors;
}

/** The create body: only the kind's own settings and secrets. */
export function toChannelInput(form: ChannelForm): ChannelInput {
  const name = form.name.trim();
  switch (form.kind) {
    case "slack":
      return { name, kind: "slack", settings: {}, secrets: { webhookUrl: form.url.trim() } };
    case "webhook":
      return {
        name,
        kind: "webhook",
        settings: {},
        secrets: { url: form.url.trim(), signingSecret: form.signingSecret },
      };
    case "email":
      return { name, kind: "email", settings: { to: splitRecipients(form.to) }, secrets: {} };
  }
}

/** What a channel sends to, from its settings (secrets are never shown). */
export function describeChannel(channel: Channel): string {
  const to = channel.settings.to;
  if (channel.kind === "email" && Array.isArray(to)) return to.join(", ");
  if (channel.secretsSet.length > 0) return `${channel.secretsSet.join(", ")} set`;
  return "";
}

export interface PolicyForm {
  name: string;
  severities: AlertSeverity[];
  engines: string[];
  categories: AlertCategory[];
  channelIds: string[];
  groupWaitSeconds: number;
  groupIntervalSeconds: number;
  repeatIntervalSeconds: number;
  sendResolved: boolean;
}

export const EMPTY_POLICY_FORM: PolicyForm = {
  name: "",
  severities: [],
  engines: [],
  categories: [],
  channelIds: [],
  groupWaitSeconds: 30,
  groupIntervalSeconds: 300,
  repeatIntervalSeconds: 4 * 3600,
  sendResolved: true,
};

export type PolicyInput = Pick<
  Policy,
  | "name"
  | "matchers"
  | "channelIds"
  | "groupWaitSeconds"
  | "groupIntervalSeconds"
  | "repeatIntervalSeconds"
  | "sendResolved"
>;

export function validatePolicyForm(form: PolicyForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.name.trim() === "") errors.name = "Give the policy a name";
  if (form.channelIds.length === 0) errors.channelIds = "Pick at least one channel";
  if (form.groupWaitSeconds < 0 || form.groupWaitSeconds > 3600)
    errors.groupWaitSeconds = "Between 0 and 3600";
  if (form.groupIntervalSeconds < 0 || form.groupIntervalSeconds > 86_400)
    errors.groupIntervalSeconds = "Between 0 and 86400";
  if (form.repeatIntervalSeconds < 60 || form.repeatIntervalSeconds > 7 * 86_400)
    errors.repeatIntervalSeconds = "Between 60 and 604800";
  return errors;
}

/** An empty matcher list means "any", so it is left out. */
export function toPolicyInput(form: PolicyForm): PolicyInput {
  return {
    name: form.name.trim(),
    matchers: {
      ...(form.severities.length > 0 && { severities: form.severities }),
      ...(form.engines.length > 0 && { engines: form.engines }),
      ...(form.categories.length > 0 && { categories: form.categories }),
    },
    channelIds: form.channelIds,
    groupWaitSeconds: form.groupWaitSeconds,
    groupIntervalSeconds: form.groupIntervalSeconds,
    repeatIntervalSeconds: form.repeatIntervalSeconds,
    sendResolved: form.sendResolved,
  };
}

/** The policy's matchers in words; "All alerts" when it has none. */
export function describePolicyRoute(matchers: Policy["matchers"]): string {
  const parts = [
    matchers.severities?.length ? matchers.severities.join(" or ") : null,
    matchers.engines?.length ? matchers.engines.join(" or ") : null,
    matchers.categories?.length ? matchers.categories.join(" or ") : null,
    matchers.assetIds?.length ? `${matchers.assetIds.length} targets` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? "All alerts" : parts.join(" · ");
}
