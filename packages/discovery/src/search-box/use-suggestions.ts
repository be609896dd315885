'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchSuggestions } from '../types'

export type SuggestionsState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'ready'; query: string; suggestions: SearchSuggestions }
  | { status: 'error'; query: string }

interface Options {
  load: (query: string, signal: AbortSignal) => Promise<SearchSuggestions>
  debounceMs: number
  minQueryLength: number
  /** Called once per settled request, with the suggestions the visitor now sees. */
  onSettled: (query: string, suggestions: SearchSuggestions) => void
}

/**
 * Loads suggestions `debounceMs` after the last change of the query; a newer query aborts the
 * request of an older one, whose answer is then ignored even if the loader does not honour the signal.
 */
export function useSuggestions({ load, debounceMs, minQueryLength, onSettled }: Options) {
  const [state, setState] = useState<SuggestionsState>({ status: 'idle' })
  const latest = useRef({ load, onSettled })
  latest.current = { load, onSettled }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const inFlight = useRef<AbortController>(undefined)

  const cancel = useCallback(() => {
    clearTimeout(timer.current)
    inFlight.current?.abort()
    inFlight.current = undefined
  }, [])

  useEffect(() => cancel, [cancel])

  const request = useCallback(
    (query: string) => {
      cancel()
      const trimmed = query.trim()
      if (trimmed.length < minQueryLength) {
        setState({ status: 'idle' })
        return
      }
      setState({ status: 'loading', query: trimmed })
      timer.current = setTimeout(() => {
        const controller = new AbortController()
        inFlight.current = controller
        latest.current.load(trimmed, controller.signal).then(
          (suggestions) => {
            if (controller.signal.aborted) return
            setState({ status: 'ready', query: trimmed, suggestions })
            latest.current.onSettled(trimmed, suggestions)
          },
          () => {
            if (!controller.signal.aborted) setState({ status: 'error', query: trimmed })
          },
        )
      }, debounceMs)
    },
    [cancel, debounceMs, minQueryLength],
  )

  const reset = useCallback(() => {
    cancel()
    setState({ status: 'idle' })
  }, [cancel])

  return { state, request, reset }
}
