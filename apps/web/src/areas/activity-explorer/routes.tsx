import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const ActivityExplorerPage = lazyPage(
  () => import("./activity-explorer-page.tsx"),
  "ActivityExplorerPage",
);
const ActivityTargetPage = lazyPage(
  () => import("./activity-target-page.tsx"),
  "ActivityTargetPage",
);

export const activityExplorerRoutes: RouteObject[] = [
  { path: "activity-explorer", element: <ActivityExplorerPage /> },
  { path: "activity-explorer/:targetId", element: <ActivityTargetPage /> },
];
