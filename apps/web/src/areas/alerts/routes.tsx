import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const AlertsPage = lazyPage(() => import("./alerts-page.tsx"), "AlertsPage");
const AlertDetailPage = lazyPage(() => import("./alert-detail-page.tsx"), "AlertDetailPage");

export const alertsRoutes: RouteObject[] = [
  { path: "alerts", element: <AlertsPage /> },
  { path: "alerts/:alertId", element: <AlertDetailPage /> },
];
