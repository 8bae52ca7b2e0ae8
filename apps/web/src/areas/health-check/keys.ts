export const healthCheckKeys = {
  all: ["health-check"] as const,
  fleet: () => [...healthCheckKeys.all, "fleet"] as const,
  targetReports: (targetId: string) =>
    [...healthCheckKeys.all, "target-reports", targetId] as const,
  report: (reportId: string) => [...healthCheckKeys.all, "report", reportId] as const,
  scores: (targetId: string, days: number) =>
    [...healthCheckKeys.all, "scores", targetId, days] as const,
};
