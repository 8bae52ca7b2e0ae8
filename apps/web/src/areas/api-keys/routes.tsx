import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const ApiKeysPage = lazyPage(() => import("./api-keys-page.tsx"), "ApiKeysPage");

export const apiKeysRoutes: RouteObject[] = [{ path: "api-keys", element: <ApiKeysPage /> }];
