import { Button, CopyButton, Tooltip } from "@mantine/core";

/** Copies `value` to the clipboard and says so for a moment. */
export function CopyTextButton({
  value,
  label = "Copy",
  testId = "copy-button",
}: {
  value: string;
  label?: string;
  testId?: string;
}) {
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? "Copied to the clipboard" : "Copy to the clipboard"} withArrow>
          <Button
            size="compact-xs"
            variant={copied ? "light" : "default"}
            color={copied ? "teal" : undefined}
            onClick={copy}
            data-testid={testId}
          >
            {copied ? "Copied" : label}
          </Button>
        </Tooltip>
      )}
    </CopyButton>
  );
}
