import { Text, TextInput } from "@mantine/core";

/** The search box above a table; with `shown` and `total`, how many rows match too. */
export function TableSearch(props: {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  label: string;
  testId: string;
  shown?: number;
  total?: number;
  width?: number;
}) {
  return (
    <>
      <TextInput
        size="xs"
        w={props.width ?? 280}
        placeholder={props.placeholder}
        aria-label={props.label}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        data-testid={props.testId}
      />
      {props.shown !== undefined && props.total !== undefined && (
        <Text size="xs" c="dimmed">
          {props.shown} of {props.total}
        </Text>
      )}
    </>
  );
}

/** Shown instead of a table when the search matches no row, e.g. "No setting matches." */
export function NoMatch({ what }: { what: string }) {
  return (
    <Text size="sm" c="dimmed" py="md" ta="center">
      No {what} matches.
    </Text>
  );
}
