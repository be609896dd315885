'use client'
import { useEffect, useRef, useState } from 'react'

export interface ImpressionOptions {
  /** Share of the element (or of the viewport, for elements larger than it) that must be visible. Default 0.5. */
  threshold?: number
  /** How long, in ms, it must stay that visible without interruption. Default 1000. */
  duration?: number
  /** While true nothing is observed (e.g. while the block is still loading). */
  disabled?: boolean
}

const THRESHOLDS = [0, 0.1, 0.25, 0.5, 0.75, 1]

/**
 * Calls `onViewable` once per mounted instance when the element is viewable by the IAB rule:
 * at least half of it visible for at least one continuous second while the page is visible.
 * Returns the ref to attach. Where IntersectionObserver does not exist (old browsers, jsdom)
 * visibility cannot be measured, so the impression counts as soon as the element mounts.
 */
export function useImpression(onViewable: () => void, options: ImpressionOptions = {}): (element: Element | null) => void {
  const { threshold = 0.5, duration = 1000, disabled = false } = options
  const [element, setElement] = useState<Element | null>(null)
  const callback = useRef(onViewable)
  callback.current = onViewable
  const fired = useRef(false)

  useEffect(() => {
    if (!element || disabled || fired.current) return
    const fire = () => {
      if (fired.current) return
      fired.current = true
      callback.current()
    }
    if (typeof IntersectionObserver === 'undefined') {
      fire()
      return
    }

    let timer: ReturnType<typeof setTimeout> | undefined
    let inView = false
    const stopTimer = () => {
      clearTimeout(timer)
      timer = undefined
    }
    const startTimerIfViewable = () => {
      if (inView && !timer && document.visibilityState !== 'hidden') timer = setTimeout(fire, duration)
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1]
        if (!entry) return
        inView = isViewable(entry, threshold)
        if (inView) startTimerIfViewable()
        else stopTimer()
      },
      { threshold: THRESHOLDS },
    )
    const onVisibilityChange = () => (document.visibilityState === 'hidden' ? stopTimer() : startTimerIfViewable())
    observer.observe(element)
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      stopTimer()
      observer.disconnect()
      document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }, [element, disabled, threshold, duration])

  return setElement
}

function isViewable(entry: IntersectionObserverEntry, threshold: number): boolean {
  if (!entry.isIntersecting) return false
  if (entry.intersectionRatio >= threshold) return true
  // An element taller or wider than the viewport can never be half visible; count it when it fills enough of the viewport.
  const root = entry.rootBounds
  if (!root || root.width === 0 || root.height === 0) return false
  const visible = entry.intersectionRect
  return (visible.width * visible.height) / (root.width * root.height) >= threshold
}
