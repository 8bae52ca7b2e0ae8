import { API_ROUTES, type SessionInfo } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api-client.ts";
import { sessionKeys } from "./keys.ts";

export interface LoginInput {
  email: string;
  password: string;
}

export function login(input: LoginInput): Promise<SessionInfo> {
  return apiRequest(API_ROUTES.auth.login, { body: input });
}

export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, session);
    },
  });
}
