import type { RouteObject } from "react-router";
import { AssetsPage } from "./assets-page.tsx";

export const assetsRoutes: RouteObject[] = [{ path: "assets", element: <AssetsPage /> }];
