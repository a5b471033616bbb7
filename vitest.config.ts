import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // fast-check's seed: random locally, fixed in CI (test/setup/fastCheck.ts).
    setupFiles: ["test/setup/fastCheck.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
