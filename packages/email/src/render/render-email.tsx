'use client'
import { LocaleProvider, type MessageOverrides, type Translation } from '@journeykit/ui'
import { render, type Options } from '@react-email/render'
import type { ReactNode } from 'react'
import { EmailContext } from '../shared/email-context'
import type { EmailTemplate } from './email-template'

export interface RenderEmailOptions {
  /** BCP 47 tag; resolved to a supported locale like the blocks' `LocaleProvider` does. Default `en`. */
  locale?: string
  /** The translations of the locale, e.g. `[emailDe]` from `@journeykit/email/locales/de`. */
  translations?: readonly Translation[]
  /** Per-locale overrides of any message, as `<LocaleProvider messages>` takes them. */
  messages?: MessageOverrides
  /** `utm_source` of every link, e.g. the shop's name; `utm_campaign` defaults to the template's name. */
  utm: { source: string; campaign?: string; medium?: string }
}

/**
 * The plain-text part: headings as written (not upper-cased: capitals do not exist in every
 * script and shout in the rest), and a row's columns ("Total", "€227.25") on one line.
 */
const PLAIN_TEXT: NonNullable<Extract<Options, { plainText?: true }>['htmlToTextOptions']> = {
  formatters: {
    column(element, walk, builder) {
      builder.addInline(' ')
      walk(element.children, builder)
    },
  },
  selectors: [
    { selector: 'td[data-id="__react-email-column"]', format: 'column' },
    ...(['h1', 'h2', 'h3'] as const).map((selector) => ({ selector, options: { uppercase: false } })),
  ],
}

export interface RenderedEmail {
  subject: string
  /** A whole HTML document with inline styles. */
  html: string
  /** The plain-text part: the same content, links written out. */
  text: string
}

/** Renders an email to its subject, HTML and plain text, in the locale asked for. */
export async function renderEmail<Props extends object>(template: EmailTemplate<Props>, props: Props, options: RenderEmailOptions): Promise<RenderedEmail> {
  const utm = { ...options.utm, campaign: options.utm.campaign ?? template.name }
  const inContext = (node: ReactNode) => (
    <LocaleProvider locale={options.locale ?? 'en'} translations={options.translations} messages={options.messages}>
      <EmailContext.Provider value={{ utm }}>{node}</EmailContext.Provider>
    </LocaleProvider>
  )
  const body = inContext(<template.Body {...props} />)
  const [subject, html, text] = await Promise.all([
    render(inContext(<template.Subject {...props} />), { plainText: true }),
    render(body),
    render(body, { plainText: true, htmlToTextOptions: PLAIN_TEXT }),
  ])
  return { subject: subject.replace(/\s+/g, ' ').trim(), html, text }
}
