import type { PageContext } from './types'

/** The current page from `location` and `document`, or an empty page outside a browser. */
export function readPage(referrer?: string): PageContext {
  const loc = globalThis.location as Location | undefined
  // Outside a browser (no `location`) every field is empty.
  const doc = loc && (globalThis.document as Document | undefined)
  return { url: loc?.href ?? '', path: loc?.pathname ?? '', title: doc?.title ?? '', referrer: (loc && referrer) ?? doc?.referrer ?? '' }
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
