export const sessionKeys = {
  me: ["session", "me"] as const,
  invitation: ["session", "invitation"] as const,
};
