// Server render → hydration, the way the blocks' hydration tests check that the browser adopts
// the server's HTML. Importing this file unmounts what it hydrated and empties the document after each test.
import { act } from '@testing-library/react'
import type { ReactElement } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, vi } from 'vitest'

let roots: Root[] = []
afterEach(() => {
  act(() => roots.forEach((root) => root.unmount()))
  roots = []
  document.body.innerHTML = ''
})

/** Renders `element` as the server does, into a container appended to the document. */
export function serverRender(element: ReactElement): HTMLElement {
  const container = document.createElement('div')
  container.innerHTML = renderToString(element)
  document.body.append(container)
  return container
}

/** Hydrates `container` with `element`; resolves with every console error and recoverable error React reported (none: no mismatch). */
export async function hydrate(container: HTMLElement, element: ReactElement): Promise<unknown[]> {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  const recoverableErrors: unknown[] = []
  await act(async () => {
    roots.push(hydrateRoot(container, element, { onRecoverableError: (error) => recoverableErrors.push(error) }))
  })
  return [...consoleError.mock.calls, ...recoverableErrors]
}
