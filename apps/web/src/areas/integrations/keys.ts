export const integrationsKeys = {
  all: ["integrations"] as const,
  channels: () => [...integrationsKeys.all, "channels"] as const,
  policies: () => [...integrationsKeys.all, "policies"] as const,
};
