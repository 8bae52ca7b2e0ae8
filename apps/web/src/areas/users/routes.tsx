import type { RouteObject } from "react-router";
import { UsersPage } from "./users-page.tsx";

export const usersRoutes: RouteObject[] = [{ path: "users", element: <UsersPage /> }];
