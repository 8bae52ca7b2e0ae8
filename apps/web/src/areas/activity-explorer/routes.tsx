import type { RouteObject } from "react-router";
import { ActivityExplorerPage } from "./activity-explorer-page.tsx";
import { ActivityTargetPage } from "./activity-target-page.tsx";

export const activityExplorerRoutes: RouteObject[] = [
  { path: "activity-explorer", element: <ActivityExplorerPage /> },
  { path: "activity-explorer/:targetId", element: <ActivityTargetPage /> },
];
