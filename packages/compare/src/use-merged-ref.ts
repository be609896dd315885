'use client'
import { useCallback, type Ref } from 'react'

/** One stable ref callback that sets every given ref (object or callback). */
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
