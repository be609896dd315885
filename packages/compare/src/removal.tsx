'use client'
import { Button } from '@journeykit/ui'
import { useCallback, useEffect, useRef, type RefObject } from 'react'

/** The × button that removes a product from the comparison; `label` names the product. */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="ghost" size="sm" data-part="remove" aria-label={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </Button>
  )
}

/**
 * Keeps focus in place after a removal: call the returned function with the removed position;
 * once `items` has changed, focus moves to the remove button now at that position (or the last
 * one), else to the empty state, else to the root.
 */
export function useFocusAfterRemoval(rootRef: RefObject<HTMLElement | null>, items: unknown): (index: number) => void {
  const pending = useRef<number | null>(null)
  useEffect(() => {
    const index = pending.current
    const root = rootRef.current
    if (index === null || !root) return
    pending.current = null
    const buttons = root.querySelectorAll<HTMLElement>('[data-part="remove"]')
    ;(buttons[Math.min(index, buttons.length - 1)] ?? root.querySelector<HTMLElement>('[data-part="empty"]') ?? root).focus()
  }, [items, rootRef])
  return useCallback((index: number) => {
    pending.current = index
  }, [])
}
