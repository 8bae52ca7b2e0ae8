import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const InsightsPage = lazyPage(() => import("./insights-page.tsx"), "InsightsPage");

export const insightsRoutes: RouteObject[] = [{ path: "insights", element: <InsightsPage /> }];
