export const apiKeysKeys = {
  all: ["api-keys"] as const,
  mine: () => [...apiKeysKeys.all, "mine"] as const,
  agent: () => [...apiKeysKeys.all, "agent"] as const,
};
