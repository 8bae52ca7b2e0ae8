import { type MantineColorScheme, SegmentedControl, useMantineColorScheme } from "@mantine/core";

const OPTIONS: { value: MantineColorScheme; label: string; title: string }[] = [
  { value: "light", label: "Light", title: "Always light" },
  { value: "dark", label: "Dark", title: "Always dark" },
  { value: "auto", label: "System", title: "Follow the system's light or dark setting" },
];

/** Light, dark or the system's setting; Mantine keeps the choice in localStorage. */
export function ColorSchemeToggle() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SegmentedControl
      size="xs"
      aria-label="Colour scheme"
      value={colorScheme}
      onChange={(value) => setColorScheme(value as MantineColorScheme)}
      data={OPTIONS.map((option) => ({
        value: option.value,
        label: (
          <span title={option.title} data-testid={`color-scheme-${option.value}`}>
            {option.label}
          </span>
        ),
      }))}
      data-testid="color-scheme-toggle"
    />
  );
}
