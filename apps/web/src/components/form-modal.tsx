import { Alert, Modal } from "@mantine/core";
import type { ReactNode } from "react";
import { describeError } from "../lib/api-error.ts";

/** A modal whose form is mounted on each opening, so it starts from the given values every time. */
export function FormModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size}>
      {props.opened && props.children}
    </Modal>
  );
}

/** The server's refusal of a save or another request, or nothing while there is none. */
export function ErrorCallout({ error, testId }: { error: unknown; testId?: string }) {
  if (error === null || error === undefined) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      {describeError(error)}
    </Alert>
  );
}
