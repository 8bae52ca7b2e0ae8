import { defineConfig } from "vitest/config";

// Two projects: fast pure unit tests, and integration tests against real servers.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["{apps,packages}/*/src/**/*.test.ts", "{apps,packages}/*/test/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "int",
          sequence: { groupOrder: 1 },
          include: [
            "{apps,packages}/*/src/**/*.int.test.ts",
            "{apps,packages}/*/test/**/*.int.test.ts",
          ],
          testTimeout: 60_000,
          // On a loaded CI machine a real-server test gets one more try; `npm test` names every
          // test that needed it, so a flaky test stays visible instead of silently passing.
          retry: process.env.CI ? 1 : 0,
          hookTimeout: 120_000,
          // Each integration file starts its own servers; two cores cannot run many at once.
          maxWorkers: 2,
        },
      },
    ],
  },
});
