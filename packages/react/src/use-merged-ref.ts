'use client'
import { useCallback, type Ref } from 'react'

/**
 * One stable ref callback that sets every given ref (object or callback): how a block gives its root
 * element both to the app's forwarded ref and to its own (e.g. `useImpression`'s).
 */
export function useMergedRef<T>(...refs: Array<Ref<T> | undefined>): (node: T | null) => void {
  return useCallback((node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node)
      else if (ref) ref.current = node
    }
    // The refs themselves are the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, refs)
}
