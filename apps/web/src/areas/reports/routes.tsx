import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const ReportsPage = lazyPage(() => import("./reports-page.tsx"), "ReportsPage");

export const reportsRoutes: RouteObject[] = [{ path: "reports", element: <ReportsPage /> }];
