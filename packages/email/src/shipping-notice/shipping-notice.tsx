'use client'
import { useMessages } from '@journeykit/ui'
import { Button, Column, Heading, Link, Row, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { AddressBlock } from '../shared/address-block'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import type { EmailAddress } from '../shared/types'
import { shippingNoticeMessages } from './messages'

export interface ShippingNoticeProps {
  shop: EmailShop
  orderNumber: string
  customerName: string
  /** The carrier's name, e.g. "DHL". */
  carrier: string
  trackingNumber: string
  /** The carrier's tracking page for this parcel, absolute. It is the carrier's page: it gets no utm parameters. */
  trackingUrl: string
  lines: Array<{ name: string; variant?: string; quantity: number }>
  shippingAddress: EmailAddress
  /** The order's page, absolute. */
  orderUrl: string
}

function ShippingNoticeSubject({ orderNumber }: ShippingNoticeProps) {
  return useMessages(shippingNoticeMessages)('email.shippingNotice.subject', { orderNumber })
}

function ShippingNoticeBody(props: ShippingNoticeProps) {
  const t = useMessages(shippingNoticeMessages)
  const link = useEmailLink()
  return (
    <EmailLayout shop={props.shop} preview={t('email.shippingNotice.preview', { carrier: props.carrier })} footer={t('email.shippingNotice.footer', { shopName: props.shop.name })}>
      <Heading as="h1" style={styles.heading}>
        {t('email.shippingNotice.heading')}
      </Heading>
      <Text style={styles.text}>
        {t('email.shippingNotice.greeting', { name: props.customerName })}
        <br />
        {t('email.shippingNotice.intro', { orderNumber: props.orderNumber, carrier: props.carrier, trackingNumber: props.trackingNumber })}
      </Text>
      <Section style={styles.action}>
        <Button href={props.trackingUrl} style={styles.button}>
          {t('email.shippingNotice.track')}
        </Button>
      </Section>

      <Heading as="h2" style={styles.subheading}>
        {t('email.shippingNotice.itemsHeading')}
      </Heading>
      <Section>
        {props.lines.map((line, index) => (
          <Row key={index}>
            <Column style={styles.cell}>{t('email.shippingNotice.quantity', { count: line.quantity })}</Column>
            <Column style={{ ...styles.cell, width: '85%' }}>{line.variant ? `${line.name} (${line.variant})` : line.name}</Column>
          </Row>
        ))}
      </Section>

      <Heading as="h2" style={styles.subheading}>
        {t('email.shippingNotice.addressHeading')}
      </Heading>
      <AddressBlock address={props.shippingAddress} />
      <Text style={styles.text}>
        <Link href={link(props.orderUrl, 'view_order')} style={styles.link}>
          {t('email.shippingNotice.viewOrder')}
        </Link>
      </Text>
    </EmailLayout>
  )
}

/** The shipping notice: carrier, tracking number and link, what is in the parcel and where it goes. */
export const shippingNoticeEmail: EmailTemplate<ShippingNoticeProps> = {
  name: 'shipping_notice',
  Subject: ShippingNoticeSubject,
  Body: ShippingNoticeBody,
}
