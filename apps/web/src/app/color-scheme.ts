import { localStorageColorSchemeManager } from "@mantine/core";

/** Where the operator's choice (light, dark or auto: follow the system) is kept in this browser. */
export const COLOR_SCHEME_STORAGE_KEY = "logstag-color-scheme";

export const colorSchemeManager = localStorageColorSchemeManager({
  key: COLOR_SCHEME_STORAGE_KEY,
});
