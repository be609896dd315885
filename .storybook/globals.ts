import { resolveLocale, type SupportedLocale } from '@journeykit/ui'

/** The toolbar's theme choice: `system` follows the reader's `prefers-color-scheme`. */
export type ThemeChoice = 'light' | 'dark' | 'system'

/** The story's locale from the toolbar global (or a project's `initialGlobals`). */
export function storyLocale(globals: Record<string, unknown>): SupportedLocale {
  return resolveLocale(typeof globals.locale === 'string' ? globals.locale : 'en')
}

export function storyTheme(globals: Record<string, unknown>): ThemeChoice {
  return globals.theme === 'light' || globals.theme === 'dark' ? globals.theme : 'system'
}

/** The writing direction of a locale, from the browser's own locale data where it has it. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
    getTextInfo?: () => { direction?: string }
    textInfo?: { direction?: string }
  }
  const direction = intlLocale.getTextInfo?.().direction ?? intlLocale.textInfo?.direction
  return direction === 'rtl' ? 'rtl' : 'ltr'
}

/**
 * Puts the theme on the document, where theme.css reads it (`data-theme`, or none to follow the
 * system), so portalled dialogs switch too.
 */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement) {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}
