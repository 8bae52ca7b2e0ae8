import { z } from "zod";
import { defineRoute } from "./route.ts";

export const healthRoutes = {
  healthz: defineRoute({
    method: "GET",
    path: "/healthz",
    summary: "200 when the backend and its store answer.",
    access: "public",
    response: z.object({ status: z.literal("ok"), version: z.string() }),
  }),
};
