// The ref-forwarding check every package runs on React 18 and 19: a ref passed to a block (or primitive)
// reaches its root element. `root` finds that element in the document (a portal's root is outside the
// render container, so the whole document is searched).
import { createRef, type ReactElement, type Ref } from 'react'
import { describe, expect, it } from 'vitest'

export interface RefForwardingCase {
  name: string
  element: (ref: Ref<never>) => ReactElement
  /** A CSS selector, or a function returning the element the ref must hold. */
  root: string | (() => Element | null)
}

export function describeRefForwarding(render: (element: ReactElement) => unknown, cases: RefForwardingCase[]) {
  describe.each(cases)('$name', ({ element, root }) => {
    it('passes its ref to its root element', () => {
      const ref = createRef<HTMLElement>()
      render(element(ref as Ref<never>))
      expect(ref.current).toBeInstanceOf(HTMLElement)
      expect(ref.current).toBe(typeof root === 'string' ? document.querySelector(root) : root())
    })
  })
}
