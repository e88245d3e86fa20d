/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True only in the test builds (dist-test/*); a compile-time constant. */
  readonly LUREWATCH_TEST: boolean;
}
