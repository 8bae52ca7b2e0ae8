import { Alert, Modal, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { useCreateAgentKeyMutation } from "./key-mutations.ts";
import { SecretOnce } from "./secret-once.tsx";

export function CreateAgentKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateAgentKeyMutation();
  const [name, setName] = useState("");
  const close = () => {
    create.reset();
    setName("");
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ name: name.trim() });
  };
  return (
    <Modal opened={opened} onClose={close} title="Create an agent key" size="lg" centered>
      {create.data ? (
        <SecretOnce
          secret={create.data.secret}
          usage="Put it in the agent's configuration as [backend] api_key. It can only register agents and send data."
          onDone={close}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {create.isError && (
              <Alert color="red" variant="light" role="alert">
                {describeError(create.error)}
              </Alert>
            )}
            <TextInput
              label="Name"
              description="Where the agents that use it run, e.g. a data centre or a cluster."
              required
              autoFocus
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              data-testid="agent-key-name"
            />
            <FormActions
              onCancel={close}
              pending={create.isPending}
              disabled={name.trim() === ""}
              testId="agent-key-submit"
            >
              Create key
            </FormActions>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
