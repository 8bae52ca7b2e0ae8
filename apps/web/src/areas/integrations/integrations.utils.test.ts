import type { Channel } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  describeChannel,
  describePolicyRoute,
  EMPTY_CHANNEL_FORM,
  EMPTY_POLICY_FORM,
  splitRecipients,
  toChannelInput,
  toPolicyInput,
  validateChannelForm,
  validatePolicyForm,
} from "./integrations.utils.ts";

const channelId = "00000000-0000-4000-8000-000000000001";

describe("validateChannelForm", () => {
  it("needs a name and an http(s) URL for Slack", () => {
    expect(validateChannelForm({ ...EMPTY_CHANNEL_FORM, url: "ftp://x" })).toEqual({
      name: "Give the channel a name",
      url: "An http(s) URL",
    });
    expect(
      validateChannelForm({ ...EMPTY_CHANNEL_FORM, name: "ops", url: "https://hooks.example/x" }),
    ).toEqual({});
  });
  it("needs a long enough signing secret for webhooks", () => {
    const form = {
      ...EMPTY_CHANNEL_FORM,
      name: "w",
      kind: "webhook" as const,
      url: "https://x.io",
    };
    expect(validateChannelForm({ ...form, signingSecret: "short" })).toEqual({
      signingSecret: "At least 16 characters",
    });
    expect(validateChannelForm({ ...form, signingSecret: "0123456789abcdef" })).toEqual({});
  });
  it("needs valid recipients for e-mail", () => {
    const form = { ...EMPTY_CHANNEL_FORM, name: "m", kind: "email" as const };
    expect(validateChannelForm(form).to).toBe("At least one address");
    expect(validateChannelForm({ ...form, to: "a@b.io, nope" }).to).toBe("Not an e-mail address");
    expect(validateChannelForm({ ...form, to: "a@b.io\nc@d.io" })).toEqual({});
  });
});

describe("toChannelInput", () => {
  it("puts URLs among the secrets and recipients among the settings", () => {
    expect(toChannelInput({ ...EMPTY_CHANNEL_FORM, name: " s ", url: " https://h/x " })).toEqual({
      name: "s",
      kind: "slack",
      settings: {},
      secrets: { webhookUrl: "https://h/x" },
    });
    expect(
      toChannelInput({
        ...EMPTY_CHANNEL_FORM,
        name: "w",
        kind: "webhook",
        url: "https://h",
        signingSecret: "k",
      }),
    ).toEqual({
      name: "w",
      kind: "webhook",
      settings: {},
      secrets: { url: "https://h", signingSecret: "k" },
    });
    expect(
      toChannelInput({ ...EMPTY_CHANNEL_FORM, name: "m", kind: "email", to: "a@b.io;c@d.io" }),
    ).toEqual({
      name: "m",
      kind: "email",
      settings: { to: ["a@b.io", "c@d.io"] },
      secrets: {},
    });
  });
});

describe("splitRecipients and describeChannel", () => {
  const channel: Channel = {
    id: channelId,
    name: "c",
    kind: "slack",
    settings: {},
    secretsSet: ["webhookUrl"],
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
  };
  it("splits on commas, semicolons and spaces", () => {
    expect(splitRecipients(" a@b.io ,c@d.io ")).toEqual(["a@b.io", "c@d.io"]);
  });
  it("shows recipients, or which secrets are set", () => {
    expect(describeChannel(channel)).toBe("webhookUrl set");
    expect(describeChannel({ ...channel, kind: "email", settings: { to: ["a@b.io"] } })).toBe(
      "a@b.io",
    );
    expect(describeChannel({ ...channel, secretsSet: [] })).toBe("");
  });
});

describe("policies", () => {
  it("validates the name, channels and intervals", () => {
    expect(validatePolicyForm({ ...EMPTY_POLICY_FORM, repeatIntervalSeconds: 10 })).toEqual({
      name: "Give the policy a name",
      channelIds: "Pick at least one channel",
      repeatIntervalSeconds: "Between 60 and 604800",
    });
    expect(
      validatePolicyForm({
        ...EMPTY_POLICY_FORM,
        name: "p",
        channelIds: [channelId],
        groupWaitSeconds: -1,
      }),
    ).toEqual({ groupWaitSeconds: "Between 0 and 3600" });
  });
  it("leaves out empty matchers", () => {
    const input = toPolicyInput({
      ...EMPTY_POLICY_FORM,
      name: " p ",
      severities: ["critical"],
      channelIds: [channelId],
    });
    expect(input.name).toBe("p");
    expect(input.matchers).toEqual({ severities: ["critical"] });
  });
  it("describes the route", () => {
    expect(describePolicyRoute({})).toBe("All alerts");
    expect(
      describePolicyRoute({
        severities: ["critical", "warning"],
        engines: ["mysql"],
        categories: ["storage"],
        assetIds: [channelId],
      }),
    ).toBe("critical or warning · mysql · storage · 1 targets");
  });
});
