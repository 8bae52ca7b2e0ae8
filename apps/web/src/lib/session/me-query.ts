import { API_ROUTES, type SessionInfo } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api-client.ts";
import { sessionKeys } from "./keys.ts";

/** The signed-in session, or null when nobody is signed in. */
export async function fetchSession(signal: AbortSignal): Promise<SessionInfo | null> {
  return (await apiRequest(API_ROUTES.auth.session, { signal })).session;
}

export function useSessionQuery() {
  return useQuery({
    queryKey: sessionKeys.me,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
  });
}
