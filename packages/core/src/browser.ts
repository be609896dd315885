import type { PageContext } from './types'

export const EMPTY_PAGE: PageContext = { url: '', path: '', title: '', referrer: '' }

/** The current page from `location` and `document`, or an empty page outside a browser. */
export function readPage(referrer?: string): PageContext {
  if (typeof location === 'undefined') return EMPTY_PAGE
  const doc = globalThis.document as Document | undefined
  return { url: location.href, path: location.pathname, title: doc?.title ?? '', referrer: referrer ?? doc?.referrer ?? '' }
}

/** The page's language, else the browser's, else `en`. */
export function readLocale(): string {
  return (globalThis.document as Document | undefined)?.documentElement.lang || (globalThis.navigator as Navigator | undefined)?.language || 'en'
}

/** Calls `onHide` on `visibilitychange` to hidden and on `pagehide`. Returns the remover; a no-op without a `document`. */
export function listenForPageHide(onHide: () => void): () => void {
  if (typeof document === 'undefined') return () => {}
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') onHide()
  }
  // Where there is a document there is a window.
  document.addEventListener('visibilitychange', onVisibilityChange)
  window.addEventListener('pagehide', onHide)
  return () => {
    document.removeEventListener('visibilitychange', onVisibilityChange)
    window.removeEventListener('pagehide', onHide)
  }
}
