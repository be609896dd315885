import 'vitest'

interface JourneykitMatchers<R = unknown> {
  /** Runs axe-core on the element; fails listing every violation. */
  toHaveNoAxeViolations(): Promise<R>
}

declare module 'vitest' {
  interface Matchers<T = any> extends JourneykitMatchers<T> {}
}
