import type { RouteObject } from "react-router";
import { ReportsPage } from "./reports-page.tsx";

export const reportsRoutes: RouteObject[] = [{ path: "reports", element: <ReportsPage /> }];
