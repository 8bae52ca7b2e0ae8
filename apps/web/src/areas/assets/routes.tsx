import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const AssetsPage = lazyPage(() => import("./assets-page.tsx"), "AssetsPage");

export const assetsRoutes: RouteObject[] = [{ path: "assets", element: <AssetsPage /> }];
