import type { RouteObject } from "react-router";
import { HealthCheckPage } from "./health-check-page.tsx";
import { TargetReportPage } from "./target-report-page.tsx";

export const healthCheckRoutes: RouteObject[] = [
  { path: "health-check", element: <HealthCheckPage /> },
  { path: "health-check/:targetId", element: <TargetReportPage /> },
];
