import { describe } from 'vitest'
import { allTranslations } from '../locales/all'
import type { EmailTemplate } from './email-template'
import { renderEmail, type RenderedEmail } from './render-email'

/** Tests only: renders `template` with the fixture (or the props given) in a locale, all translations loaded. */
export function renderIn<Props extends object>(template: EmailTemplate<Props>, fixture: Props) {
  return (locale: string, props: Props = fixture) => renderEmail(template, props, { locale, translations: allTranslations, utm: { source: 'northwind' } })
}

/** Intl puts a no-break space between amount and currency in some locales; tests compare with plain spaces. */
export const plain = (part: string) => part.replaceAll('\u00a0', ' ')

/** The HTML and plain-text parts of an email, no-break spaces made plain. */
export const bothParts = ({ html, text }: RenderedEmail) => [html, text].map(plain)

/** One `describe` per locale of `expected`, named "`name` in `locale`", handing the body that locale's strings. */
export function describeInEachLocale<Strings>(name: string, expected: Record<string, Strings>, body: (strings: Strings, locale: string) => void) {
  describe.each(Object.keys(expected))(`${name} in %s`, (locale) => body(expected[locale]!, locale))
}
