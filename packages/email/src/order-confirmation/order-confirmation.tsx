'use client'
import { useFormat, useMessages } from '@journeykit/ui'
import { Button, Column, Heading, Row, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { AddressBlock } from '../shared/address-block'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import type { EmailAddress, Money } from '../shared/types'
import { orderConfirmationMessages } from './messages'

export interface OrderConfirmationLine {
  name: string
  /** e.g. "M / Blue"; leave out for a product without variants. */
  variant?: string
  quantity: number
  unitPrice: Money
  total: Money
}

export interface OrderConfirmationProps {
  shop: EmailShop
  /** The order number the customer sees, e.g. "NW-10042". */
  orderNumber: string
  /** ISO time the order was placed. */
  placedAt: string
  /** The customer's given name for the greeting. */
  customerName: string
  lines: OrderConfirmationLine[]
  subtotal: Money
  /** Leave out or zero when there is none. */
  discount?: Money
  shipping: Money
  tax: Money
  /** True when `tax` is part of the prices (VAT), false when it was added on top. */
  taxIncluded: boolean
  total: Money
  shippingAddress: EmailAddress
  /** The order's page, absolute (with whatever token lets the customer open it). */
  orderUrl: string
  /** Loyalty points the order earned; the line is left out when zero or absent. */
  pointsEarned?: number
  /** IANA time zone for the order date (default UTC: the server's zone is rarely the customer's). */
  timeZone?: string
}

function OrderConfirmationSubject({ orderNumber }: OrderConfirmationProps) {
  return useMessages(orderConfirmationMessages)('email.orderConfirmation.subject', { orderNumber })
}

function AmountRow({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Row>
      <Column style={strong ? styles.total : styles.cell}>{label}</Column>
      <Column style={strong ? { ...styles.amount, ...styles.total } : styles.amount}>{value}</Column>
    </Row>
  )
}

function OrderConfirmationBody(props: OrderConfirmationProps) {
  const t = useMessages(orderConfirmationMessages)
  const format = useFormat()
  const link = useEmailLink()
  const hasDiscount = props.discount !== undefined && props.discount.amount > 0
  return (
    <EmailLayout
      shop={props.shop}
      preview={t('email.orderConfirmation.preview', { orderNumber: props.orderNumber })}
      footer={t('email.orderConfirmation.footer', { shopName: props.shop.name })}
    >
      <Heading as="h1" style={styles.heading}>
        {t('email.orderConfirmation.heading')}
      </Heading>
      <Text style={styles.text}>
        {t('email.orderConfirmation.greeting', { name: props.customerName })}
        <br />
        {t('email.orderConfirmation.intro', {
          orderNumber: props.orderNumber,
          date: format.date(props.placedAt, { dateStyle: 'long', timeZone: props.timeZone ?? 'UTC' }),
        })}
      </Text>

      <Heading as="h2" style={styles.subheading}>
        {t('email.orderConfirmation.itemsHeading')}
      </Heading>
      <Section>
        {props.lines.map((line, index) => (
          <Row key={index}>
            <Column style={styles.cell}>
              {line.variant ? `${line.name} (${line.variant})` : line.name}
              <br />
              {t('email.orderConfirmation.quantity', { count: line.quantity, price: format.money(line.unitPrice) })}
            </Column>
            <Column style={styles.amount}>{format.money(line.total)}</Column>
          </Row>
        ))}
      </Section>
      <Section style={styles.totals}>
        <AmountRow label={t('email.orderConfirmation.subtotal')} value={format.money(props.subtotal)} />
        {hasDiscount && <AmountRow label={t('email.orderConfirmation.discount')} value={`−${format.money(props.discount!)}`} />}
        <AmountRow label={t('email.orderConfirmation.shipping')} value={format.money(props.shipping)} />
        <AmountRow label={t(props.taxIncluded ? 'email.orderConfirmation.taxIncluded' : 'email.orderConfirmation.tax')} value={format.money(props.tax)} />
        <AmountRow label={t('email.orderConfirmation.total')} value={format.money(props.total)} strong />
      </Section>

      <Heading as="h2" style={styles.subheading}>
        {t('email.orderConfirmation.addressHeading')}
      </Heading>
      <AddressBlock address={props.shippingAddress} />

      {props.pointsEarned ? <Text style={styles.highlight}>{t('email.orderConfirmation.pointsEarned', { count: props.pointsEarned })}</Text> : null}

      <Heading as="h2" style={styles.subheading}>
        {t('email.orderConfirmation.nextHeading')}
      </Heading>
      <Text style={styles.text}>{t('email.orderConfirmation.next')}</Text>
      <Button href={link(props.orderUrl, 'view_order')} style={styles.button}>
        {t('email.orderConfirmation.viewOrder')}
      </Button>
    </EmailLayout>
  )
}

/** The order confirmation: lines, totals and tax, shipping address, loyalty points earned and what happens next. */
export const orderConfirmationEmail: EmailTemplate<OrderConfirmationProps> = {
  name: 'order_confirmation',
  Subject: OrderConfirmationSubject,
  Body: OrderConfirmationBody,
}
