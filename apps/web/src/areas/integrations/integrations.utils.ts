import {
  type AlertCategory,
  type AlertSeverity,
  CHANNEL_KIND_NAMES,
  type Channel,
  type ChannelKind,
  type Policy,
} from "@logstag/api-contract";

/** Why a Member or Viewer cannot press a managing button. */
export const NEED_MANAGE = "Only Admins can manage integrations";

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

/** The secret each URL-like field of the form fills, by channel kind. */
function urlSecretName(kind: ChannelKind): string {
  return kind === "slack" ? "webhookUrl" : "url";
}

/**
 * Why the channel form cannot be sent, by field. `savedSecrets` names the secrets an edited
 * channel already has: a blank field for one of them keeps it.
 */
export function validateChannelForm(
  form: ChannelForm,
  savedSecrets: readonly string[] = [],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const keeps = (secret: string, value: string) => value === "" && savedSecrets.includes(secret);
  if (form.name.trim() === "") errors.name = "Give the channel a name";
  if (form.kind === "slack" || form.kind === "webhook") {
    const url = form.url.trim();
    if (!keeps(urlSecretName(form.kind), url) && !isHttpUrl(url)) errors.url = "An http(s) URL";
  }
  if (
    form.kind === "webhook" &&
    !keeps("signingSecret", form.signingSecret) &&
    form.signingSecret.length < 16
  )
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

/** The form for editing a saved channel: its name and recipients; secret fields start blank. */
export function channelFormFrom(channel: Channel): ChannelForm {
  const to = channel.settings.to;
  const kind = CHANNEL_KIND_NAMES.find((k) => k === channel.kind) ?? "webhook";
  return {
    ...EMPTY_CHANNEL_FORM,
    name: channel.name,
    kind,
    to: Array.isArray(to) ? to.join(", ") : "",
  };
}

export interface ChannelUpdate {
  name: string;
  settings?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
}

/**
 * The PATCH body for an edited channel: the name, the recipients (other settings kept), and only
 * the secrets typed in; a blank secret field keeps the saved secret.
 */
export function toChannelUpdate(form: ChannelForm, channel: Channel): ChannelUpdate {
  const secrets: Record<string, unknown> = {};
  const url = form.url.trim();
  if ((form.kind === "slack" || form.kind === "webhook") && url !== "")
    secrets[urlSecretName(form.kind)] = url;
  if (form.kind === "webhook" && form.signingSecret !== "")
    secrets.signingSecret = form.signingSecret;
  return {
    name: form.name.trim(),
    ...(form.kind === "email" && {
      settings: { ...channel.settings, to: splitRecipients(form.to) },
    }),
    ...(Object.keys(secrets).length > 0 && { secrets }),
  };
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

/** The form for editing a saved policy. */
export function policyFormFrom(policy: Policy): PolicyForm {
  return {
    name: policy.name,
    severities: policy.matchers.severities ?? [],
    engines: policy.matchers.engines ?? [],
    categories: policy.matchers.categories ?? [],
    channelIds: policy.channelIds,
    groupWaitSeconds: policy.groupWaitSeconds,
    groupIntervalSeconds: policy.groupIntervalSeconds,
    repeatIntervalSeconds: policy.repeatIntervalSeconds,
    sendResolved: policy.sendResolved,
  };
}

/** The PATCH body for an edited policy; the target matchers, which the form does not show, stay. */
export function toPolicyUpdate(form: PolicyForm, policy: Policy): PolicyInput {
  const input = toPolicyInput(form);
  const assetIds = policy.matchers.assetIds;
  return assetIds?.length ? { ...input, matchers: { ...input.matchers, assetIds } } : input;
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
