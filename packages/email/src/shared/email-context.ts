'use client'
import { createContext, useContext } from 'react'
import { withUtm, type UtmParameters } from '../utm/with-utm'

/** What `renderEmail` tells the email it renders: the campaign its links carry. */
export const EmailContext = createContext<{ utm: UtmParameters } | null>(null)

/** Tags a link of the email being rendered with its campaign; `content` names the link (`utm_content`). */
export function useEmailLink(): (href: string, content?: string) => string {
  const context = useContext(EmailContext)
  if (!context) throw new Error('Render emails with renderEmail(): their links need its utm parameters.')
  return (href, content) => withUtm(href, { ...context.utm, content })
}
