import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const OverviewPage = lazyPage(() => import("./overview-page.tsx"), "OverviewPage");

export const overviewRoutes: RouteObject[] = [{ path: "overview", element: <OverviewPage /> }];
