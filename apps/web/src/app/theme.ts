import { type CSSVariablesResolver, createTheme } from "@mantine/core";
import { TEXT_COLORS, type TextColor } from "../components/theme-colors.ts";

export const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "sm",
  fontFamily:
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
  headings: { fontWeight: "600" },
  components: {
    Table: { defaultProps: { fz: "sm" } },
  },
});

/** Shade of each text colour on the light background; on the dark one, shade 4 of the same colour. */
const LIGHT_TEXT_SHADE: Record<TextColor, number> = {
  red: 8,
  orange: 8,
  yellow: 9,
  teal: 8,
  gray: 7,
  indigo: 7,
};

/**
 * App-level variables with a value per scheme: `--logstag-page-bg` behind cards and tables,
 * and `--logstag-text-<color>` for coloured text (the dark shades that read well on white are
 * too dim on the dark background, and the reverse).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const text = (shadeOf: (color: TextColor) => number) =>
    Object.fromEntries(
      TEXT_COLORS.map((color) => [
        `--logstag-text-${color}`,
        t.colors[color]?.[shadeOf(color)] ?? "",
      ]),
    );
  return {
    variables: {},
    light: { "--logstag-page-bg": t.colors.gray[0], ...text((color) => LIGHT_TEXT_SHADE[color]) },
    dark: { "--logstag-page-bg": t.colors.dark[8], ...text(() => 4) },
  };
};
