import type { RouteObject } from "react-router";
import { InsightsPage } from "./insights-page.tsx";

export const insightsRoutes: RouteObject[] = [{ path: "insights", element: <InsightsPage /> }];
