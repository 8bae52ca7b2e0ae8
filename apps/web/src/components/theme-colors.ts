/** Colours of emphasised text (states, errors, warnings); the app theme defines one variable each. */
export const TEXT_COLORS = ["red", "orange", "yellow", "teal", "gray", "indigo"] as const;
export type TextColor = (typeof TEXT_COLORS)[number];

/** A CSS value for coloured text that stays readable in both schemes, e.g. `c={themedText("red")}`. */
export function themedText(color: TextColor): string {
  return `var(--logstag-text-${color})`;
}

/** Behind cards and tables: a light grey, or the darkest grey in the dark scheme. */
export const PAGE_BACKGROUND = "var(--logstag-page-bg)";
