import type { TargetSummary } from "@logstag/api-contract";
import { Alert as Callout, Modal, Stack, TagsInput, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { validateTargetTags } from "./target-tags.utils.ts";
import { useSetTargetTagsMutation } from "./target-tags-mutation.ts";

/** Edits a target's tags, which alert rules scoped by tag match. */
export function TargetTagsModal({
  target,
  onClose,
}: {
  target: TargetSummary | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={target !== null} onClose={onClose} title="Target tags">
      {target && <TargetTagsForm target={target} onClose={onClose} />}
    </Modal>
  );
}

function TargetTagsForm({ target, onClose }: { target: TargetSummary; onClose: () => void }) {
  const [tags, setTags] = useState<string[]>(target.tags);
  const save = useSetTargetTagsMutation();
  const error = validateTargetTags(tags);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (error) return;
    save.mutate({ targetId: target.id, tags }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">
          Tags of <b>{target.name}</b>. Alert rules scoped by a tag watch every target that has it.
        </Text>
        <TagsInput
          label="Tags"
          description="Letters, digits and . _ : / -, e.g. production or team:payments; press Enter after each."
          value={tags}
          onChange={setTags}
          splitChars={[",", " "]}
          error={error}
          data-testid="target-tags-input"
        />
        {save.isError && (
          <Callout color="red" variant="light" role="alert" data-testid="target-tags-error">
            {describeError(save.error)}
          </Callout>
        )}
        <FormActions
          onCancel={onClose}
          pending={save.isPending}
          disabled={error !== null}
          testId="target-tags-save"
        >
          Save tags
        </FormActions>
      </Stack>
    </form>
  );
}
