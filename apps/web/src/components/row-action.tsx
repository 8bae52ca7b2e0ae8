import { Button, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";

/** A small button in a table row; when the member may not use it, it is disabled and says why. */
export function RowAction(props: {
  allowed: boolean;
  /** Shown on hover while the action is not allowed. */
  deniedReason: string;
  onClick: () => void;
  testId: string;
  danger?: boolean;
  loading?: boolean;
  children: ReactNode;
}) {
  return (
    <Tooltip label={props.deniedReason} disabled={props.allowed}>
      <Button
        size="compact-xs"
        variant="subtle"
        color={props.danger ? "red" : undefined}
        disabled={!props.allowed}
        loading={props.loading}
        onClick={props.onClick}
        data-testid={props.testId}
      >
        {props.children}
      </Button>
    </Tooltip>
  );
}

/** The Edit and Delete buttons of a row, with test ids `<testIdPrefix>-edit` and `-delete`. */
export function EditDeleteActions(props: {
  allowed: boolean;
  deniedReason: string;
  testIdPrefix: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      <RowAction
        allowed={props.allowed}
        deniedReason={props.deniedReason}
        onClick={props.onEdit}
        testId={`${props.testIdPrefix}-edit`}
      >
        Edit
      </RowAction>
      <RowAction
        allowed={props.allowed}
        deniedReason={props.deniedReason}
        onClick={props.onDelete}
        testId={`${props.testIdPrefix}-delete`}
        danger
      >
        Delete
      </RowAction>
    </>
  );
}
