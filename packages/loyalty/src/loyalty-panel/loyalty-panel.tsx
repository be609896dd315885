'use client'
import { minorUnitDigits } from '@journeykit/core'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useImpression, useTrack } from '@journeykit/react'
import { Badge, Button, EmptyState, ErrorState, LoadingState, useFormat, useMessages } from '@journeykit/ui'
import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react'
import { progressToNextTier, tierAllows } from '../program/tiers'
import type { LedgerEntry, LoyaltyMember, LoyaltyProgramConfig, LoyaltyReward } from '../program/types'
import { sharedMessages } from '../shared/messages'
import { warn } from '../program/time'
import { loyaltyPanelMessages, type LoyaltyPanelMessageKey } from './messages'

export interface LoyaltyPanelProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The program's rules (the same plain object given to `createLoyaltyProgram`). */
  program: LoyaltyProgramConfig
  /** The signed-in member, or `null`/omitted for a guest, who is invited to join. */
  member?: LoyaltyMember | null
  /** The member's ledger entries, any order; the newest `historyLimit` are shown. Omit to hide the history. */
  history?: readonly LedgerEntry[]
  /** How many history entries to show. Default 5. */
  historyLimit?: number
  /** Called by the guest's "Join now" button; without it the button is not shown. */
  onJoin?: () => void
  /** Rendered in the rewards section, e.g. a `<RewardsDialog>`. */
  rewardsAction?: ReactNode
  /** Labels for earn actions other than `review` and `referral`, per action key (e.g. `{ birthday: 'Your birthday' }`). */
  actionLabels?: Readonly<Record<string, string>>
  /** `'loading'` and `'error'` replace the content. Default `'ready'`. */
  status?: 'loading' | 'error' | 'ready'
  /** The error message to show in the error state (default: ui's "Something went wrong."). */
  error?: ReactNode
  /** Shows a retry button in the error state. */
  onRetry?: () => void
}

const KNOWN_ACTIONS = ['review', 'referral']

/**
 * A guest sees how to join and how to earn; a member sees their balance, tier and progress to
 * the next, ways to earn, the rewards they can and cannot afford yet, and recent history.
 *
 * Events: `loyalty_viewed` on impression. When the `member` prop changes between renders (e.g.
 * after the app refetches it following an order), `points_earned` is emitted once per balance
 * increase (its `reason` is that of the newest positive history entry, else `'other'`) and
 * `tier_changed` once per tier change. The first member render emits neither.
 */
export const LoyaltyPanel = forwardRef<HTMLElement, LoyaltyPanelProps>(function LoyaltyPanel({
  program,
  member,
  history,
  historyLimit = 5,
  onJoin,
  rewardsAction,
  actionLabels,
  status = 'ready',
  error,
  onRetry,
  ...rest
}, ref) {
  const t = useMessages(loyaltyPanelMessages)
  const ts = useMessages(sharedMessages)
  const format = useFormat()
  const track = useTrack({ block: 'LoyaltyPanel', ...(rest.id ? { blockId: rest.id } : {}) })
  const titleId = useId()

  const valid = member && Number.isFinite(member.balance) && Number.isFinite(member.lifetimePoints)
  if (member && !valid) warn(`LoyaltyPanel: member needs finite balance and lifetimePoints, got ${JSON.stringify(member)}`)
  const progress = valid && program.tiers.length > 0 ? progressToNextTier(program.tiers, member.lifetimePoints) : null
  const tierId = progress?.current.id
  const balance = valid ? member.balance : undefined

  const impressionRef = useImpression(
    () => track('loyalty_viewed', { member: Boolean(member), ...(tierId ? { tier: tierId } : {}) }),
    { disabled: status !== 'ready' },
  )
  const rootRef = useComposedRefs(ref, impressionRef)

  const seen = useRef<{ balance: number; tierId: string | undefined } | null>(null)
  useEffect(() => {
    if (balance === undefined) return
    const previous = seen.current
    seen.current = { balance, tierId }
    if (!previous) return
    if (balance > previous.balance) {
      track('points_earned', { points: balance - previous.balance, balance, reason: newestEarnReason(history) })
    }
    if (tierId && previous.tierId && tierId !== previous.tierId) track('tier_changed', { from: previous.tierId, to: tierId })
    // `history` is read for the reason only: a new history alone is no event.
  }, [balance, tierId, track])

  const points = (count: number) => ts('loyalty.points', { count })
  const actionLabel = (action: string) => {
    const custom = actionLabels?.[action]
    if (custom !== undefined) return custom
    if (KNOWN_ACTIONS.includes(action)) return t(`loyalty.loyaltyPanel.action.${action}` as LoyaltyPanelMessageKey)
    warn(`LoyaltyPanel: no label for earn action "${action}"; pass actionLabels`)
    return action
  }
  const tierName = (id: string | undefined) => program.tiers.find((tier) => tier.id === id)?.name ?? '—'

  const state = status !== 'ready' ? status : member ? 'member' : 'guest'
  const root = {
    ...rest,
    ref: rootRef,
    'data-jk-loyalty-panel': '',
    'data-stage': 'retention',
    'data-state': state,
    'aria-labelledby': titleId,
    'aria-busy': status === 'loading' || undefined,
  }
  const title = (
    <h2 id={titleId} data-part="title">
      {t('loyalty.loyaltyPanel.title')}
    </h2>
  )

  if (status === 'loading') {
    return (
      <section {...root}>
        {title}
        <LoadingState />
      </section>
    )
  }
  if (status === 'error') {
    return (
      <section {...root}>
        {title}
        <ErrorState message={error} onRetry={onRetry} />
      </section>
    )
  }

  const { earn } = program
  const digits = minorUnitDigits(earn.currency)
  // Below one point per unit, say "1 point for every €10" rather than "0.1 points for every €1".
  const perUnit =
    earn.pointsPerUnit >= 1 || earn.pointsPerUnit <= 0
      ? { points: earn.pointsPerUnit, amount: 10 ** digits }
      : { points: 1, amount: Math.round(10 ** digits / earn.pointsPerUnit) }
  const waysToEarn = (
    <section data-part="earn" aria-labelledby={`${titleId}-earn`}>
      <h3 id={`${titleId}-earn`}>{t('loyalty.loyaltyPanel.waysToEarn')}</h3>
      <ul>
        <li data-part="earn-rule">
          {t('loyalty.loyaltyPanel.perUnit', {
            points: points(perUnit.points),
            amount: format.money({ amount: perUnit.amount, currency: earn.currency }),
          })}
        </li>
        {Object.entries(earn.actions ?? {}).map(([action, count]) => (
          <li key={action} data-part="earn-rule">
            <span>{actionLabel(action)}</span> <span data-part="points">+{points(count)}</span>
          </li>
        ))}
      </ul>
    </section>
  )

  if (!valid) {
    return (
      <section {...root}>
        {title}
        <p data-part="join-text">{t('loyalty.loyaltyPanel.joinText')}</p>
        {onJoin && (
          <Button data-part="join" onClick={() => onJoin()}>
            {t('loyalty.loyaltyPanel.join')}
          </Button>
        )}
        {waysToEarn}
      </section>
    )
  }

  const offered = program.rewards.filter((reward) => reward.available !== false)
  const allowed = (reward: LoyaltyReward) => tierAllows(program.tiers, tierId, reward)
  const affordable = offered.filter((reward) => allowed(reward) && reward.points <= member.balance)
  const later = offered.filter((reward) => !affordable.includes(reward))
  const recent = history ? [...history].sort(byNewest).slice(0, Math.max(0, historyLimit)) : undefined

  const describe = (entry: LedgerEntry) => {
    switch (entry.kind) {
      case 'earn':
        return entry.orderId ? t('loyalty.loyaltyPanel.entry.order', { orderId: entry.orderId }) : actionLabel(entry.reason)
      case 'void':
        return t('loyalty.loyaltyPanel.entry.refund', { orderId: entry.orderId ?? '—' })
      case 'redeem':
        return t('loyalty.loyaltyPanel.entry.reward', {
          reward: program.rewards.find((reward) => reward.id === entry.rewardId)?.name ?? '—',
        })
      case 'expire':
        return t('loyalty.loyaltyPanel.entry.expiry')
      default:
        return t('loyalty.loyaltyPanel.entry.adjust')
    }
  }

  return (
    <section {...root}>
      {title}
      <div data-part="summary">
        <p data-part="balance">
          <span>{t('loyalty.loyaltyPanel.balance')}</span> <strong>{points(member.balance)}</strong>
        </p>
        {progress && (
          <>
            <Badge tone="info" data-part="tier" data-tier={progress.current.id}>
              {t('loyalty.loyaltyPanel.tier', { tier: progress.current.name })}
            </Badge>
            {progress.next ? (
              <div data-part="progress">
                <div
                  role="progressbar"
                  aria-label={t('loyalty.loyaltyPanel.progress', { tier: progress.next.name })}
                  aria-valuemin={progress.current.minPoints}
                  aria-valuemax={progress.next.minPoints}
                  aria-valuenow={Math.max(progress.current.minPoints, member.lifetimePoints)}
                  aria-valuetext={t('loyalty.loyaltyPanel.toNextTier', {
                    points: points(progress.pointsToNext),
                    tier: progress.next.name,
                  })}
                  data-part="progress-bar"
                  style={{ '--jk-loyalty-progress': `${Math.round(progress.ratio * 100)}%` } as CSSProperties}
                >
                  <span data-part="progress-fill" />
                </div>
                <p data-part="progress-text">
                  {t('loyalty.loyaltyPanel.toNextTier', { points: points(progress.pointsToNext), tier: progress.next.name })}
                </p>
              </div>
            ) : (
              <p data-part="progress-text">{t('loyalty.loyaltyPanel.topTier')}</p>
            )}
          </>
        )}
      </div>
      {waysToEarn}
      <section data-part="rewards" aria-labelledby={`${titleId}-rewards`}>
        <h3 id={`${titleId}-rewards`}>{t('loyalty.loyaltyPanel.rewards')}</h3>
        {offered.length === 0 && <p>{ts('loyalty.noRewards')}</p>}
        {affordable.length > 0 && (
          <>
            <h4>{t('loyalty.loyaltyPanel.available')}</h4>
            <ul data-part="rewards-available">
              {affordable.map((reward) => (
                <li key={reward.id} data-part="reward" data-state="available">
                  <span>{reward.name}</span> <span data-part="points">{points(reward.points)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {later.length > 0 && (
          <>
            <h4>{t('loyalty.loyaltyPanel.notYet')}</h4>
            <ul data-part="rewards-later">
              {later.map((reward) => (
                <li key={reward.id} data-part="reward" data-state="locked">
                  <span>{reward.name}</span> <span data-part="points">{points(reward.points)}</span>{' '}
                  <span data-part="missing">
                    {allowed(reward)
                      ? ts('loyalty.missing', { points: points(reward.points - member.balance) })
                      : ts('loyalty.requiresTier', { tier: tierName(reward.minTier) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {rewardsAction}
      </section>
      {recent && (
        <section data-part="history" aria-labelledby={`${titleId}-history`}>
          <h3 id={`${titleId}-history`}>{t('loyalty.loyaltyPanel.history')}</h3>
          {recent.length === 0 ? (
            <EmptyState title={t('loyalty.loyaltyPanel.historyEmpty')} />
          ) : (
            <ul>
              {recent.map((entry) => (
                <li key={entry.id} data-part="entry" data-kind={entry.kind}>
                  <span data-part="entry-reason">{describe(entry)}</span>{' '}
                  <time dateTime={entry.occurredAt}>{format.date(entry.occurredAt) || '—'}</time>{' '}
                  <span data-part="points" data-sign={entry.points < 0 ? 'negative' : 'positive'}>
                    {t('loyalty.loyaltyPanel.entryPoints', {
                      count: Math.abs(entry.points),
                      signed: format.number(entry.points, { signDisplay: 'exceptZero' }),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  )
})

function byNewest(a: LedgerEntry, b: LedgerEntry): number {
  return Date.parse(b.occurredAt) - Date.parse(a.occurredAt)
}

function newestEarnReason(history: readonly LedgerEntry[] | undefined): string {
  const earned = history?.filter((entry) => entry.points > 0).sort(byNewest)[0]
  return earned?.reason ?? 'other'
}
