'use client'
import type { Money } from '@journeykit/core'
import { useTrack } from '@journeykit/react'
import { Button, ErrorState, LoadingState, VisuallyHidden, useFormat, useMessages } from '@journeykit/ui'
import { useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from 'react'
import { warn } from '../program/time'
import { sharedMessages } from '../shared/messages'
import { useCopy } from '../shared/use-copy'
import { referralPanelMessages } from './messages'
import { shareLinks } from './share-links'

/** The referrer's results, as counted by the app. */
export interface ReferralStats {
  /** Friends who claimed the code. */
  invited: number
  /** Of those, friends who paid an order. */
  converted: number
  /** Rewards earned so far. */
  earned: Money
}

export type ReferralChannel = 'copy' | 'share' | 'email' | 'whatsapp' | 'x'

export interface ReferralPanelProps extends Omit<ComponentProps<'section'>, 'children' | 'ref'> {
  /** The customer's code (from `referralProgram.generateCode()`, stored with them). */
  referralCode: string
  /** The personal link that carries the code. */
  referralUrl: string
  /** What the friend gets ("Give €10"). */
  refereeReward: Money
  /** What the customer gets ("get €10"). */
  referrerReward: Money
  /** The customer's results; omitted, the stats are not shown. */
  stats?: ReferralStats
  /** `'loading'` and `'error'` replace the content. Default `'ready'`. */
  status?: 'loading' | 'error' | 'ready'
  error?: ReactNode
  onRetry?: () => void
}

/**
 * The customer's referral link and code with copy buttons, the Web Share API where the browser
 * has it (detected after mount, so server and first client markup agree), share links for
 * email, WhatsApp and X, the give-get offer and the customer's stats.
 * Emits `referral_shared` `{ channel, referralCode }` after a copy or a completed share, and when
 * a share link is followed.
 */
export function ReferralPanel({
  referralCode,
  referralUrl,
  refereeReward,
  referrerReward,
  stats,
  status = 'ready',
  error,
  onRetry,
  ...rest
}: ReferralPanelProps) {
  const t = useMessages(referralPanelMessages)
  const ts = useMessages(sharedMessages)
  const format = useFormat()
  const track = useTrack({ block: 'ReferralPanel', ...(rest.id ? { blockId: rest.id } : {}) })
  const id = useId()
  const { status: copyStatus, copy } = useCopy()
  const [canShare, setCanShare] = useState(false)
  const linkRef = useRef<HTMLInputElement>(null)
  const codeRef = useRef<HTMLInputElement>(null)

  useEffect(() => setCanShare(typeof navigator !== 'undefined' && typeof navigator.share === 'function'), [])

  const give = format.money(refereeReward)
  const get = format.money(referrerReward)
  const missingData = status === 'ready' && (!referralCode || !referralUrl)
  if (missingData) warn('ReferralPanel: referralCode and referralUrl are required')
  const state = missingData ? 'error' : status

  const root = {
    ...rest,
    'data-jk-referral-panel': '',
    'data-stage': 'advocacy',
    'data-state': state,
    'aria-labelledby': `${id}-title`,
    'aria-busy': state === 'loading' || undefined,
  }
  const title = (
    <h2 id={`${id}-title`} data-part="title">
      {t('loyalty.referralPanel.offer', { give: give || '—', get: get || '—' })}
    </h2>
  )
  if (state !== 'ready') {
    return (
      <section {...root}>
        {title}
        {state === 'loading' ? (
          <LoadingState />
        ) : (
          <ErrorState message={error} onRetry={onRetry} />
        )}
      </section>
    )
  }

  const shared = (channel: ReferralChannel) => track('referral_shared', { channel, referralCode })
  const content = {
    subject: t('loyalty.referralPanel.subject', { give }),
    text: t('loyalty.referralPanel.message', { code: referralCode, give }),
    url: referralUrl,
  }
  const links = shareLinks(content)

  async function copyFrom(input: HTMLInputElement | null, text: string) {
    if (await copy(text, input)) shared('copy')
  }

  async function share() {
    try {
      await navigator.share({ title: content.subject, text: content.text, url: referralUrl })
      shared('share')
    } catch {
      // Cancelled by the user (AbortError) or refused: nothing was shared.
    }
  }

  const field = (part: 'link' | 'code', value: string, ref: typeof linkRef, label: string, action: string) => (
    <div data-part={`${part}-field`}>
      <label htmlFor={`${id}-${part}`}>{label}</label>
      <div data-part="field-row">
        <input
          ref={ref}
          id={`${id}-${part}`}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => copyFrom(ref.current, value)}>
          {action}
        </Button>
      </div>
    </div>
  )

  const external = (channel: 'whatsapp' | 'x') => (
    <li>
      <a href={links[channel]} target="_blank" rel="noopener noreferrer" onClick={() => shared(channel)} data-part="share-link" data-channel={channel}>
        {t(`loyalty.referralPanel.${channel}`)} <VisuallyHidden>{ts('loyalty.newTab')}</VisuallyHidden>
      </a>
    </li>
  )

  return (
    <section {...root}>
      {title}
      <p data-part="explain">{t('loyalty.referralPanel.explain', { give, get })}</p>
      {field('link', referralUrl, linkRef, t('loyalty.referralPanel.link'), t('loyalty.referralPanel.copyLink'))}
      {field('code', referralCode, codeRef, t('loyalty.referralPanel.code'), t('loyalty.referralPanel.copyCode'))}
      <p role="status" data-part="announcement">
        {copyStatus === 'copied' ? ts('loyalty.copied') : copyStatus === 'failed' ? ts('loyalty.copyFailed') : ''}
      </p>
      <div data-part="share">
        {canShare && (
          <Button onClick={share} data-part="share-button">
            {t('loyalty.referralPanel.share')}
          </Button>
        )}
        <h3 id={`${id}-via`}>{t('loyalty.referralPanel.shareVia')}</h3>
        <ul aria-labelledby={`${id}-via`}>
          <li>
            <a href={links.email} onClick={() => shared('email')} data-part="share-link" data-channel="email">
              {t('loyalty.referralPanel.email')}
            </a>
          </li>
          {external('whatsapp')}
          {external('x')}
        </ul>
      </div>
      {stats && (
        <section data-part="stats" aria-labelledby={`${id}-stats`}>
          <h3 id={`${id}-stats`}>{t('loyalty.referralPanel.stats')}</h3>
          <dl>
            <div>
              <dt>{t('loyalty.referralPanel.invited')}</dt>
              <dd>{count(format, stats.invited)}</dd>
            </div>
            <div>
              <dt>{t('loyalty.referralPanel.converted')}</dt>
              <dd>{count(format, stats.converted)}</dd>
            </div>
            <div>
              <dt>{t('loyalty.referralPanel.earned')}</dt>
              <dd>{format.money(stats.earned) || '—'}</dd>
            </div>
          </dl>
        </section>
      )}
    </section>
  )
}

function count(format: ReturnType<typeof useFormat>, value: number): string {
  return Number.isFinite(value) ? format.number(value) : '—'
}
