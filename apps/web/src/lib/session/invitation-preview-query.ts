import { API_ROUTES, type InvitationPreview } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api-client.ts";
import { sessionKeys } from "./keys.ts";

export function previewInvitation(token: string, signal: AbortSignal): Promise<InvitationPreview> {
  return apiRequest(API_ROUTES.invitations.preview, { body: { token }, signal });
}

/** What an invitation link is for; null token: nothing to ask. */
export function useInvitationPreviewQuery(token: string | null) {
  return useQuery({
    queryKey: [...sessionKeys.invitation, token],
    queryFn: ({ signal }) => previewInvitation(token ?? "", signal),
    enabled: token !== null,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
