'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import { copyText } from './clipboard'

export type CopyStatus = 'idle' | 'copied' | 'failed'

/** Copies and remembers the outcome for a live region; goes back to idle after a few seconds. */
export function useCopy(): { status: CopyStatus; copy: (text: string, input?: HTMLInputElement | null) => Promise<boolean> } {
  const [status, setStatus] = useState<CopyStatus>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = useCallback(async (text: string, input?: HTMLInputElement | null) => {
    clearTimeout(timer.current)
    // Back to idle first, so copying twice announces twice.
    setStatus('idle')
    const ok = await copyText(text, input)
    setStatus(ok ? 'copied' : 'failed')
    timer.current = setTimeout(() => setStatus('idle'), 4000)
    return ok
  }, [])
  return { status, copy }
}
