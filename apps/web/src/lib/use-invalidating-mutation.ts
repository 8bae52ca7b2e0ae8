import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";

/** A mutation after which (success or not) every query under `queryKey` is fetched again. */
export function useInvalidatingMutation<T>(
  queryKey: QueryKey,
  mutationFn: (input: T) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
