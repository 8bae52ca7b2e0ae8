export const assetsKeys = {
  all: ["assets"] as const,
  list: () => [...assetsKeys.all, "list"] as const,
};
