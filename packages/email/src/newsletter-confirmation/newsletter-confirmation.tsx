'use client'
import { useMessages } from '@journeykit/ui'
import { Button, Heading, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import { newsletterConfirmationMessages } from './messages'

export interface NewsletterConfirmationProps {
  shop: EmailShop
  /** The address that asked to subscribe. */
  email: string
  /** The double opt-in link, absolute; the subscription starts only when it is opened. */
  confirmUrl: string
}

function NewsletterConfirmationSubject({ shop }: NewsletterConfirmationProps) {
  return useMessages(newsletterConfirmationMessages)('email.newsletterConfirmation.subject', { shopName: shop.name })
}

function NewsletterConfirmationBody({ shop, email, confirmUrl }: NewsletterConfirmationProps) {
  const t = useMessages(newsletterConfirmationMessages)
  const link = useEmailLink()
  return (
    <EmailLayout
      shop={shop}
      preview={t('email.newsletterConfirmation.preview')}
      footer={t('email.newsletterConfirmation.footer', { shopName: shop.name })}
    >
      <Heading as="h1" style={styles.heading}>
        {t('email.newsletterConfirmation.heading')}
      </Heading>
      <Text style={styles.text}>{t('email.newsletterConfirmation.intro', { shopName: shop.name, email })}</Text>
      <Section style={styles.action}>
        <Button href={link(confirmUrl, 'confirm')} style={styles.button}>
          {t('email.newsletterConfirmation.confirm')}
        </Button>
      </Section>
      <Text style={styles.muted}>{t('email.newsletterConfirmation.ignore')}</Text>
      <Text style={styles.muted}>{t('email.newsletterConfirmation.unsubscribe')}</Text>
    </EmailLayout>
  )
}

/** The double opt-in confirmation a newsletter signup sends: nothing else goes out until its link is opened. */
export const newsletterConfirmationEmail: EmailTemplate<NewsletterConfirmationProps> = {
  name: 'newsletter_confirmation',
  Subject: NewsletterConfirmationSubject,
  Body: NewsletterConfirmationBody,
}
