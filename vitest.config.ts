import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so unit tests do not load the extension (crx) plugin.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
