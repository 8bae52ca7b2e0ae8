import { targetTagsInputSchema } from "@logstag/api-contract";

/** Why the API would refuse these tags (the contract's own rule), or null when it accepts them. */
export function validateTargetTags(tags: readonly string[]): string | null {
  const parsed = targetTagsInputSchema.safeParse({ tags });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "Invalid tags");
}
