import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const HealthCheckPage = lazyPage(() => import("./health-check-page.tsx"), "HealthCheckPage");

export const healthCheckRoutes: RouteObject[] = [
  { path: "health-check", element: <HealthCheckPage /> },
];
