import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, expect } from 'vitest'

afterEach(() => {
  cleanup()
  // files may opt into the node environment (SSR tests), where there is no storage
  globalThis.localStorage?.clear()
  globalThis.sessionStorage?.clear()
})

expect.extend({
  /** `await expect(container).toHaveNoAxeViolations()`: runs axe-core on the element and lists each violation. */
  async toHaveNoAxeViolations(received: Element) {
    const results = await axe.run(received, {
      // jsdom does not compute layout or colours; contrast is checked in the Storybook browser run.
      rules: { 'color-contrast': { enabled: false } },
    })
    const violations = results.violations
    return {
      pass: violations.length === 0,
      message: () =>
        violations.length === 0
          ? 'expected axe violations, found none'
          : 'axe violations:\n' +
            violations
              .map((v) => `- ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
              .join('\n'),
    }
  },
})
