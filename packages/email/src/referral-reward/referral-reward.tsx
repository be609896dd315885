'use client'
import { useMessages } from '@journeykit/ui'
import { Button, Heading, Link, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import { referralRewardMessages } from './messages'

export interface ReferralRewardProps {
  shop: EmailShop
  customerName: string
  /** Loyalty points the referral earned. The friend is not named: their order is theirs. */
  points: number
  /** The account's points after the reward. */
  balance: number
  /** The account's points page, absolute. */
  accountUrl: string
  /** The customer's own referral link, absolute, to share again. */
  referralUrl: string
}

function ReferralRewardSubject(_props: ReferralRewardProps) {
  return useMessages(referralRewardMessages)('email.referralReward.subject')
}

function ReferralRewardBody(props: ReferralRewardProps) {
  const t = useMessages(referralRewardMessages)
  const link = useEmailLink()
  return (
    <EmailLayout shop={props.shop} preview={t('email.referralReward.preview', { shopName: props.shop.name })} footer={t('email.referralReward.footer', { shopName: props.shop.name })}>
      <Heading as="h1" style={styles.heading}>
        {t('email.referralReward.heading')}
      </Heading>
      <Text style={styles.text}>
        {t('email.referralReward.greeting', { name: props.customerName })}
        <br />
        {t('email.referralReward.intro', { shopName: props.shop.name })}
      </Text>
      <Text style={styles.highlight}>
        {t('email.referralReward.points', { count: props.points })} {t('email.referralReward.balance', { balance: props.balance })}
      </Text>
      <Section style={styles.action}>
        <Button href={link(props.accountUrl, 'view_points')} style={styles.button}>
          {t('email.referralReward.viewPoints')}
        </Button>
      </Section>
      <Text style={styles.text}>
        <Link href={link(props.referralUrl, 'share_again')} style={styles.link}>
          {t('email.referralReward.shareAgain')}
        </Link>
      </Text>
    </EmailLayout>
  )
}

/** The referral reward notice, sent when a referee's order is paid: the points earned and the new balance. */
export const referralRewardEmail: EmailTemplate<ReferralRewardProps> = {
  name: 'referral_reward',
  Subject: ReferralRewardSubject,
  Body: ReferralRewardBody,
}
