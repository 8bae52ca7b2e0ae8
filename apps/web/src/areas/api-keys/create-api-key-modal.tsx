import type { ApiKeyScope } from "@logstag/api-contract";
import { Alert, Modal, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { EXPIRY_CHOICES, type ExpiryChoice, expiryFromChoice } from "./api-keys.utils.ts";
import { useCreateApiKeyMutation } from "./key-mutations.ts";
import { SecretOnce } from "./secret-once.tsx";

export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateApiKeyMutation();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ApiKeyScope>("read");
  const [expiry, setExpiry] = useState<ExpiryChoice>("90");
  const close = () => {
    create.reset();
    setName("");
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), scope, expiresAt: expiryFromChoice(expiry, new Date()) });
  };

  return (
    <Modal opened={opened} onClose={close} title="Create an API key" size="lg" centered>
      {create.data ? (
        <SecretOnce
          secret={create.data.secret}
          usage="Send it as the header Authorization: Bearer <key>. It acts with your role in this organization."
          onDone={close}
        />
      ) : (
        <form onSubmit={submit} noValidate data-testid="create-api-key-form">
          <Stack gap="md">
            {create.isError && (
              <Alert color="red" variant="light" role="alert">
                {describeError(create.error)}
              </Alert>
            )}
            <TextInput
              label="Name"
              description="What uses it, e.g. the Grafana data source."
              required
              autoFocus
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              data-testid="api-key-name"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Scope
              </Text>
              <SegmentedControl
                value={scope}
                onChange={(value) => setScope(value as ApiKeyScope)}
                data={[
                  { value: "read", label: "Read only" },
                  { value: "read-write", label: "Read and write" },
                ]}
                data-testid="api-key-scope"
              />
            </div>
            <Select
              label="Expires after"
              data={[...EXPIRY_CHOICES]}
              value={expiry}
              allowDeselect={false}
              onChange={(value) => value && setExpiry(value as ExpiryChoice)}
            />
            <FormActions
              onCancel={close}
              pending={create.isPending}
              disabled={name.trim() === ""}
              testId="api-key-submit"
            >
              Create key
            </FormActions>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
