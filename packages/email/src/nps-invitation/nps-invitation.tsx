'use client'
import { useMessages } from '@journeykit/ui'
import { Column, Heading, Link, Row, Section, Text } from '@react-email/components'
import type { EmailTemplate } from '../render/email-template'
import { useEmailLink } from '../shared/email-context'
import { EmailLayout, type EmailShop } from '../shared/email-layout'
import { styles } from '../shared/styles'
import { UnsubscribeLine } from '../shared/unsubscribe-line'
import { npsInvitationMessages } from './messages'

export interface NpsInvitationProps {
  shop: EmailShop
  customerName: string
  /** The survey page, absolute (with the respondent's token); each score links to it with `score=0…10`. */
  surveyUrl: string
  /** The shop's unsubscribe link for this address, absolute. */
  unsubscribeUrl: string
}

export const NPS_SCORES = Array.from({ length: 11 }, (_, score) => score)

/** The survey link that records `score` when opened. */
export function npsScoreUrl(surveyUrl: string, score: number): string {
  const url = new URL(surveyUrl)
  url.searchParams.set('score', String(score))
  return url.toString()
}

const scoreStyle = { ...styles.link, display: 'block', padding: '8px 0', textAlign: 'center', fontWeight: 700, textDecoration: 'none' } as const

function NpsInvitationSubject({ shop }: NpsInvitationProps) {
  return useMessages(npsInvitationMessages)('email.npsInvitation.subject', { shopName: shop.name })
}

function NpsInvitationBody(props: NpsInvitationProps) {
  const t = useMessages(npsInvitationMessages)
  const link = useEmailLink()
  return (
    <EmailLayout shop={props.shop} preview={t('email.npsInvitation.preview')} footer={t('email.npsInvitation.footer', { shopName: props.shop.name })}>
      <Heading as="h1" style={styles.heading}>
        {t('email.npsInvitation.heading', { shopName: props.shop.name })}
      </Heading>
      <Text style={styles.text}>
        {t('email.npsInvitation.greeting', { name: props.customerName })}
        <br />
        {t('email.npsInvitation.intro')}
      </Text>
      <Section style={styles.action}>
        <Row>
          {NPS_SCORES.map((score) => (
            <Column key={score}>
              <Link href={link(npsScoreUrl(props.surveyUrl, score), `score_${score}`)} aria-label={t('email.npsInvitation.scoreLabel', { score })} style={scoreStyle}>
                {score}
              </Link>
            </Column>
          ))}
        </Row>
      </Section>
      <Text style={styles.muted}>
        {t('email.npsInvitation.low')}
        <br />
        {t('email.npsInvitation.high')}
      </Text>
      <UnsubscribeLine href={props.unsubscribeUrl} />
    </EmailLayout>
  )
}

/** The NPS invitation: eleven links, 0 to 10, each answering the question in one click. */
export const npsInvitationEmail: EmailTemplate<NpsInvitationProps> = {
  name: 'nps_invitation',
  Subject: NpsInvitationSubject,
  Body: NpsInvitationBody,
}
