import type { ComponentType } from 'react'

/**
 * One kind of email: its name (the default `utm_campaign`, and what an app stores with each
 * message), its subject line and its body, both React components reading the message catalogs.
 */
export interface EmailTemplate<Props> {
  readonly name: string
  /** Renders the subject line as text only. */
  readonly Subject: ComponentType<Props>
  readonly Body: ComponentType<Props>
}

/** The props an email template takes. */
export type EmailProps<T> = T extends EmailTemplate<infer Props> ? Props : never
