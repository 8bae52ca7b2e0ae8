import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const AlertsPage = lazyPage(() => import("./alerts-page.tsx"), "AlertsPage");

export const alertsRoutes: RouteObject[] = [{ path: "alerts", element: <AlertsPage /> }];
