'use client'
import { useFormat, useMessages } from '@journeykit/ui'
import { Button, Column, Heading, Row, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import type { Money } from '../shared/types'
import { UnsubscribeLine } from '../shared/unsubscribe-line'
import { abandonedCheckoutMessages } from './messages'

export interface AbandonedCheckoutLine {
  name: string
  variant?: string
  quantity: number
  total: Money
}

export interface AbandonedCheckoutProps {
  shop: EmailShop
  /** The visitor's given name when the checkout had it; the greeting does without. */
  customerName?: string
  lines: AbandonedCheckoutLine[]
  subtotal: Money
  /** The link that restores this cart in any browser, absolute (e.g. with a signed cart token). */
  restoreUrl: string
  /** The shop's unsubscribe link for this address, absolute: the reminder is marketing mail. */
  unsubscribeUrl: string
}

function AbandonedCheckoutSubject({ shop }: AbandonedCheckoutProps) {
  return useMessages(abandonedCheckoutMessages)('email.abandonedCheckout.subject', { shopName: shop.name })
}

function AbandonedCheckoutBody(props: AbandonedCheckoutProps) {
  const t = useMessages(abandonedCheckoutMessages)
  const format = useFormat()
  const link = useEmailLink()
  return (
    <EmailLayout shop={props.shop} preview={t('email.abandonedCheckout.preview')} footer={t('email.abandonedCheckout.footer', { shopName: props.shop.name })}>
      <Heading as="h1" style={styles.heading}>
        {t('email.abandonedCheckout.heading')}
      </Heading>
      <Text style={styles.text}>
        {props.customerName ? t('email.abandonedCheckout.greeting', { name: props.customerName }) : t('email.abandonedCheckout.greetingAnonymous')}
        <br />
        {t('email.abandonedCheckout.intro', { shopName: props.shop.name })}
      </Text>

      <Heading as="h2" style={styles.subheading}>
        {t('email.abandonedCheckout.itemsHeading')}
      </Heading>
      <Section>
        {props.lines.map((line, index) => (
          <Row key={index}>
            <Column style={styles.cell}>{t('email.abandonedCheckout.quantity', { count: line.quantity })}</Column>
            <Column style={{ ...styles.cell, width: '65%' }}>{line.variant ? `${line.name} (${line.variant})` : line.name}</Column>
            <Column style={styles.amount}>{format.money(line.total)}</Column>
          </Row>
        ))}
        <Row style={styles.totals}>
          <Column style={styles.total}>{t('email.abandonedCheckout.subtotal')}</Column>
          <Column style={{ ...styles.total, textAlign: 'right' }}>{format.money(props.subtotal)}</Column>
        </Row>
      </Section>
      <Section style={styles.action}>
        <Button href={link(props.restoreUrl, 'restore_cart')} style={styles.button}>
          {t('email.abandonedCheckout.restore')}
        </Button>
      </Section>
      <UnsubscribeLine href={props.unsubscribeUrl} />
    </EmailLayout>
  )
}

/** The abandoned-checkout reminder: the cart's lines and a link that brings the cart back. Marketing mail: send only with consent. */
export const abandonedCheckoutEmail: EmailTemplate<AbandonedCheckoutProps> = {
  name: 'abandoned_checkout',
  Subject: AbandonedCheckoutSubject,
  Body: AbandonedCheckoutBody,
}
