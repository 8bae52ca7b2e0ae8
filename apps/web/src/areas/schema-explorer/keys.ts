export const schemaExplorerKeys = {
  all: ["schema-explorer"] as const,
  targets: () => [...schemaExplorerKeys.all, "targets"] as const,
  target: (targetId: string) => [...schemaExplorerKeys.all, "target", targetId] as const,
  snapshot: (targetId: string, kind: string) =>
    [...schemaExplorerKeys.all, "snapshot", targetId, kind] as const,
  changes: (targetId: string, from: string, to: string) =>
    [...schemaExplorerKeys.all, "changes", targetId, from, to] as const,
};
