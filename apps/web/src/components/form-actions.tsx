import { Button, Group } from "@mantine/core";
import type { ReactNode } from "react";

/** The Cancel / submit row at the bottom of a form in a modal. */
export function FormActions(props: {
  onCancel: () => void;
  pending: boolean;
  disabled: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={props.onCancel}>
        Cancel
      </Button>
      <Button
        type="submit"
        loading={props.pending}
        disabled={props.disabled}
        data-testid={props.testId}
      >
        {props.children}
      </Button>
    </Group>
  );
}
