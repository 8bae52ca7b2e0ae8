import { API_ROUTES } from "@logstag/api-contract";
import { apiRequest } from "../../lib/api-client.ts";
import { useInvalidatingMutation } from "../../lib/use-invalidating-mutation.ts";
import { alertsKeys } from "./keys.ts";
import type { SilenceInput } from "./silences.utils.ts";

function useSilencesMutation<T>(fn: (input: T) => Promise<unknown>) {
  return useInvalidatingMutation(alertsKeys.all, fn);
}

export const useCreateSilenceMutation = () =>
  useSilencesMutation((input: SilenceInput) =>
    apiRequest(API_ROUTES.silences.create, { body: input }),
  );

export const useEndSilenceMutation = () =>
  useSilencesMutation((silenceId: string) =>
    apiRequest(API_ROUTES.silences.expire, { params: { silenceId } }),
  );
