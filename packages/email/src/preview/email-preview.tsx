'use client'
import { useLocale } from '@journeykit/ui'
import { useEffect, useState } from 'react'
import { allTranslations } from '../locales/all'
import type { EmailTemplate } from '../render/email-template'
import { renderEmail, type RenderedEmail } from '../render/render-email'

/** The widths an email is previewed at: the 600 px desktop column and a 375 px phone. */
export const PREVIEW_WIDTHS = [600, 375] as const

/** The title of the frame showing an email at a width (stories find the frames by it). */
export const previewTitle = (name: string, width: number) => `${name}, ${width} px`

/**
 * Stories only: renders an email in the story's locale with `renderEmail`, as a mailbox would get
 * it, and shows the HTML in one iframe per width (each in a box that scrolls sideways when the
 * page is narrower) with the subject above.
 */
export function EmailPreview<Props extends object>({ template, props }: { template: EmailTemplate<Props>; props: Props }) {
  const { locale } = useLocale()
  const [email, setEmail] = useState<RenderedEmail | Error>()
  useEffect(() => {
    let current = true
    renderEmail(template, props, { locale, translations: allTranslations, utm: { source: 'storybook' } }).then(
      (rendered) => current && setEmail(rendered),
      (error: Error) => current && setEmail(error),
    )
    return () => {
      current = false
    }
  }, [template, props, locale])
  if (!email) return null
  if (email instanceof Error) return <p role="alert">{email.message}</p>
  return (
    <div data-email-preview={template.name}>
      <p>
        <strong>Subject:</strong> {email.subject}
      </p>
      {PREVIEW_WIDTHS.map((width) => (
        <div key={width} style={{ overflowX: 'auto', marginBlockEnd: '1rem' }}>
          <iframe
            title={previewTitle(template.name, width)}
            srcDoc={email.html}
            width={width}
            style={{ display: 'block', border: '1px solid #d4d4d8', height: '60rem' }}
            onLoad={(event) => {
              const frame = event.currentTarget
              const height = frame.contentDocument?.documentElement.scrollHeight
              if (height) frame.style.height = `${height}px`
            }}
          />
        </div>
      ))}
    </div>
  )
}
