import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";
import type { SilenceInput } from "./silences.utils.ts";

function useSilencesMutation<T>(fn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsKeys.all }),
  });
}

export const useCreateSilenceMutation = () =>
  useSilencesMutation((input: SilenceInput) =>
    apiRequest(API_ROUTES.silences.create, { body: input }),
  );

export const useEndSilenceMutation = () =>
  useSilencesMutation((silenceId: string) =>
    apiRequest(API_ROUTES.silences.expire, { params: { silenceId } }),
  );
