import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const UsersPage = lazyPage(() => import("./users-page.tsx"), "UsersPage");

export const usersRoutes: RouteObject[] = [{ path: "users", element: <UsersPage /> }];
