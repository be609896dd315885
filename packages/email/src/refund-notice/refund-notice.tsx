'use client'
import { useFormat, useMessages } from '@journeykit/ui'
import { Button, Heading, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import type { Money } from '../shared/types'
import { refundNoticeMessages } from './messages'

export interface RefundNoticeProps {
  shop: EmailShop
  orderNumber: string
  customerName: string
  /** What was refunded. */
  amount: Money
  /** Loyalty points taken back with the refund; the line is left out when zero or absent. */
  pointsVoided?: number
  /** The order's page, absolute. */
  orderUrl: string
}

function RefundNoticeSubject({ orderNumber }: RefundNoticeProps) {
  return useMessages(refundNoticeMessages)('email.refundNotice.subject', { orderNumber })
}

function RefundNoticeBody(props: RefundNoticeProps) {
  const t = useMessages(refundNoticeMessages)
  const format = useFormat()
  const link = useEmailLink()
  const amount = format.money(props.amount)
  return (
    <EmailLayout shop={props.shop} preview={t('email.refundNotice.preview', { amount })} footer={t('email.refundNotice.footer', { shopName: props.shop.name })}>
      <Heading as="h1" style={styles.heading}>
        {t('email.refundNotice.heading')}
      </Heading>
      <Text style={styles.text}>
        {t('email.refundNotice.greeting', { name: props.customerName })}
        <br />
        {t('email.refundNotice.intro', { amount, orderNumber: props.orderNumber })}
      </Text>
      <Text style={styles.text}>{t('email.refundNotice.timing')}</Text>
      {props.pointsVoided ? <Text style={styles.highlight}>{t('email.refundNotice.pointsVoided', { count: props.pointsVoided })}</Text> : null}
      <Section style={styles.action}>
        <Button href={link(props.orderUrl, 'view_order')} style={styles.button}>
          {t('email.refundNotice.viewOrder')}
        </Button>
      </Section>
    </EmailLayout>
  )
}

/** The refund notice: the amount, when it shows on the statement, loyalty points taken back. */
export const refundNoticeEmail: EmailTemplate<RefundNoticeProps> = {
  name: 'refund_notice',
  Subject: RefundNoticeSubject,
  Body: RefundNoticeBody,
}
