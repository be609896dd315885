'use client'
import { useMessages } from '@journeykit/ui'
import { Button, Heading, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import { UnsubscribeLine } from '../shared/unsubscribe-line'
import { reviewRequestMessages } from './messages'

export interface ReviewRequestProps {
  shop: EmailShop
  customerName: string
  orderNumber: string
  /** The one product this request is about (one email per product). */
  product: { name: string; variant?: string }
  /** The review form for this product, absolute, with a token that proves the buyer (so the review is verified). */
  reviewUrl: string
  /** The shop's unsubscribe link for this address, absolute. */
  unsubscribeUrl: string
}

const productName = ({ name, variant }: ReviewRequestProps['product']) => (variant ? `${name} (${variant})` : name)

function ReviewRequestSubject({ product }: ReviewRequestProps) {
  return useMessages(reviewRequestMessages)('email.reviewRequest.subject', { productName: product.name })
}

function ReviewRequestBody(props: ReviewRequestProps) {
  const t = useMessages(reviewRequestMessages)
  const link = useEmailLink()
  return (
    <EmailLayout shop={props.shop} preview={t('email.reviewRequest.preview')} footer={t('email.reviewRequest.footer', { shopName: props.shop.name })}>
      <Heading as="h1" style={styles.heading}>
        {t('email.reviewRequest.heading', { productName: props.product.name })}
      </Heading>
      <Text style={styles.text}>
        {t('email.reviewRequest.greeting', { name: props.customerName })}
        <br />
        {t('email.reviewRequest.intro', { productName: productName(props.product), orderNumber: props.orderNumber })}
      </Text>
      <Section style={styles.action}>
        <Button href={link(props.reviewUrl, 'write_review')} style={styles.button}>
          {t('email.reviewRequest.write')}
        </Button>
      </Section>
      <Text style={styles.muted}>{t('email.reviewRequest.verified')}</Text>
      <UnsubscribeLine href={props.unsubscribeUrl} />
    </EmailLayout>
  )
}

/** The review request for one product of a fulfilled order: its link proves the buyer, so the review is verified. */
export const reviewRequestEmail: EmailTemplate<ReviewRequestProps> = {
  name: 'review_request',
  Subject: ReviewRequestSubject,
  Body: ReviewRequestBody,
}
