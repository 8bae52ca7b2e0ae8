import type { RouteObject } from "react-router";
import { ApiKeysPage } from "./api-keys-page.tsx";

export const apiKeysRoutes: RouteObject[] = [{ path: "api-keys", element: <ApiKeysPage /> }];
