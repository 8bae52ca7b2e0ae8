import type { RouteObject } from "react-router";
import { OverviewPage } from "./overview-page.tsx";

export const overviewRoutes: RouteObject[] = [{ path: "overview", element: <OverviewPage /> }];
