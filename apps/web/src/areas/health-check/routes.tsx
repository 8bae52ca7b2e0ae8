import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const HealthCheckPage = lazyPage(() => import("./health-check-page.tsx"), "HealthCheckPage");
const TargetReportPage = lazyPage(() => import("./target-report-page.tsx"), "TargetReportPage");

export const healthCheckRoutes: RouteObject[] = [
  { path: "health-check", element: <HealthCheckPage /> },
  { path: "health-check/:targetId", element: <TargetReportPage /> },
];
