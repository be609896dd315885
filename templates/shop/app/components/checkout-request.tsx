import { useCallback, useEffect, useRef } from 'react'
import { useFetcher } from 'react-router'

/** What every checkout request answers when it is refused. */
export interface CheckoutRequestError {
  error: string
  code?: string
  fields?: Record<string, string>
}

type Waiter<T> = { resolve: (value: T) => void; reject: (error: unknown) => void }

/**
 * Posts JSON to the current route's action through a fetcher and resolves with its answer, so a
 * block callback (`onQuote`, `onCreateOrder`…) can await it. A newer post replaces one still in
 * flight: both resolve with the newer answer. The CSRF token travels in the body as `_csrf`.
 */
export function useActionRequest<T>(csrf: string): (body: Record<string, unknown>) => Promise<T | CheckoutRequestError> {
  const fetcher = useFetcher()
  const waiting = useRef<Array<Waiter<T | CheckoutRequestError>>>([])
  const busy = useRef(false)

  useEffect(() => {
    if (fetcher.state !== 'idle') {
      busy.current = true
      return
    }
    // Only a round trip that started after the post settles the waiters.
    if (!busy.current || waiting.current.length === 0) return
    busy.current = false
    const settled = waiting.current.splice(0)
    for (const waiter of settled) {
      if (fetcher.data === undefined) waiter.reject(new Error('The shop did not answer.'))
      else waiter.resolve(fetcher.data as T | CheckoutRequestError)
    }
  }, [fetcher.state, fetcher.data])

  const { submit } = fetcher
  return useCallback(
    (body) =>
      new Promise((resolve, reject) => {
        waiting.current.push({ resolve, reject })
        void submit({ ...body, _csrf: csrf } as never, { method: 'post', encType: 'application/json' })
      }),
    [submit, csrf],
  )
}

export function isRequestError(value: unknown): value is CheckoutRequestError {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string'
}
