import type { RouteObject } from "react-router";
import { ActivityExplorerPage } from "./activity-explorer-page.tsx";

export const activityExplorerRoutes: RouteObject[] = [
  { path: "activity-explorer", element: <ActivityExplorerPage /> },
];
