/** The localStorage key remembering that the visitor dismissed a promotion. */
export function dismissalKey(promotionId: string): string {
  return `jk:promo:dismissed:${promotionId}`
}

const listeners = new Set<() => void>()

function localStorageOrNull(): Storage | null {
  try {
    // Reading `localStorage` itself throws in sandboxed frames and with cookies blocked.
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** Whether the visitor dismissed the promotion earlier (false where storage is unavailable). Never throws. */
export function isDismissed(promotionId: string): boolean {
  try {
    return localStorageOrNull()?.getItem(dismissalKey(promotionId)) != null
  } catch {
    return false
  }
}

/**
 * Stores a dismissal (the value is the time of dismissal) and tells every subscriber. Never
 * throws: where storage is blocked or full the dismissal is simply not remembered.
 */
export function rememberDismissal(promotionId: string): void {
  try {
    localStorageOrNull()?.setItem(dismissalKey(promotionId), new Date().toISOString())
  } catch {
    // Quota exceeded or storage blocked: nothing to remember it in.
  }
  for (const listener of [...listeners]) listener()
}

/** Calls `onChange` when a dismissal is remembered here or in another tab. Returns the unsubscriber. */
export function subscribeToDismissals(onChange: () => void): () => void {
  listeners.add(onChange)
  window.addEventListener('storage', onChange)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('storage', onChange)
  }
}
