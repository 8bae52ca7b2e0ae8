export const sessionKeys = {
  me: ["session", "me"] as const,
};
