import type { RouteObject } from "react-router";
import { HealthCheckPage } from "./health-check-page.tsx";

export const healthCheckRoutes: RouteObject[] = [
  { path: "health-check", element: <HealthCheckPage /> },
];
