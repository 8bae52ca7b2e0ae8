import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api-client.ts";
import { isUnauthenticated } from "../api-error.ts";
import { sessionKeys } from "./keys.ts";

export async function logout(): Promise<void> {
  try {
    await apiRequest(API_ROUTES.auth.logout);
  } catch (error) {
    // An expired session is already signed out.
    if (!isUnauthenticated(error)) throw error;
  }
}

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, null);
    },
  });
}
