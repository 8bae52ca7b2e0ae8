import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { assetsKeys } from "./keys.ts";

/** Replaces a target's tags; the asset lists reload afterwards. */
export function useSetTargetTagsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { targetId: string; tags: string[] }) =>
      apiRequest(API_ROUTES.assets.setTags, {
        params: { targetId: input.targetId },
        body: { tags: input.tags },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assetsKeys.all }),
  });
}
