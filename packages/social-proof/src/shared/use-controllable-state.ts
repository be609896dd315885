'use client'
import { useState } from 'react'

/**
 * State that the parent may control: with `value` defined the parent owns it, otherwise the
 * component keeps its own, starting at `defaultValue`. `onChange` is called either way.
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue)
  const controlled = value !== undefined
  return [
    controlled ? value : own,
    (next) => {
      if (!controlled) setOwn(next)
      onChange?.(next)
    },
  ]
}
