import type { UseMutationResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ConfirmModal } from "./confirm-modal.tsx";

/** Asks before deleting `item` (open while it is set) and runs `remove` with its id. */
export function DeleteConfirmModal<T extends { id: string; name: string }>(props: {
  item: T | null;
  title: string;
  remove: UseMutationResult<unknown, Error, string>;
  /** What goes with it, e.g. " and its alerts", before the question mark. */
  alongWith?: string;
  /** What deleting it also does, after the question. */
  consequence: ReactNode;
  onClose: () => void;
}) {
  const { item, remove } = props;
  return (
    <ConfirmModal
      opened={item !== null}
      title={props.title}
      confirmLabel="Delete"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => item && remove.mutate(item.id, { onSuccess: props.onClose })}
      onClose={() => {
        props.onClose();
        remove.reset();
      }}
    >
      Delete “{item?.name}”{props.alongWith}? {props.consequence}
    </ConfirmModal>
  );
}
