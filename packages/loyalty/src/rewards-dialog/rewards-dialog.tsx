'use client'
import { useTrack } from '@journeykit/react'
import { Button, Dialog, DialogClose, DialogContent, DialogTrigger, useMessages } from '@journeykit/ui'
import { useEffect, useId, useRef, useState, type ComponentProps, type FormEvent, type ReactNode } from 'react'
import { tierAllows, tierFor } from '../program/tiers'
import type { LoyaltyMember, LoyaltyProgramConfig, LoyaltyReward, RedeemRefusalReason } from '../program/types'
import { sharedMessages } from '../shared/messages'
import { useCopy } from '../shared/use-copy'
import { rewardsDialogMessages } from './messages'

/** What `onRedeem` resolves to: the code to show, or why the server refused. */
export type RewardRedemption = { ok: true; code: string } | { ok: false; reason: RedeemRefusalReason }

export interface RewardsDialogProps extends Omit<ComponentProps<'div'>, 'children' | 'title' | 'ref' | 'onSubmit'> {
  /** The program's rules; its available rewards are offered. */
  program: LoyaltyProgramConfig
  /** The member's balance and lifetime points (for affordability and tier). */
  member: LoyaltyMember
  /** Ids of one-time rewards the member has already redeemed. */
  redeemedRewardIds?: readonly string[]
  /** Redeems on the server (e.g. `program.redeem` + storing the entry + issuing a code). A rejection counts as a network failure. */
  onRedeem: (rewardId: string) => Promise<RewardRedemption>
  /** Controlled open state. */
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
  /** Your own trigger element (rendered with `asChild`); default a "Redeem points" button. `null` renders none (control `open` yourself). */
  trigger?: ReactNode
}

type Step = 'choose' | 'confirm' | 'done'
type Failure = RedeemRefusalReason | 'network'

const FAILURE_KEYS = {
  insufficient_points: 'loyalty.rewardsDialog.error.insufficient_points',
  tier_too_low: 'loyalty.rewardsDialog.error.tier_too_low',
  already_redeemed: 'loyalty.rewardsDialog.error.already_redeemed',
  unknown_reward: 'loyalty.rewardsDialog.error.unavailable',
  reward_unavailable: 'loyalty.rewardsDialog.error.unavailable',
  network: 'loyalty.rewardsDialog.error.network',
} as const

/**
 * Choose a reward (a radio group), confirm, and receive its code with a copy button. A refusal
 * or a failing `onRedeem` is shown on the confirm step with the choice kept, ready to retry.
 * Emits `reward_redeemed` `{ rewardId, points }` after a successful redemption.
 */
export function RewardsDialog({
  program,
  member,
  redeemedRewardIds = [],
  onRedeem,
  open,
  defaultOpen = false,
  onOpenChange,
  trigger,
  ...rest
}: RewardsDialogProps) {
  const t = useMessages(rewardsDialogMessages)
  const ts = useMessages(sharedMessages)
  const track = useTrack({ block: 'RewardsDialog', ...(rest.id ? { blockId: rest.id } : {}) })
  const id = useId()
  const [innerOpen, setInnerOpen] = useState(defaultOpen)
  const [step, setStep] = useState<Step>('choose')
  const [selectedId, setSelectedId] = useState<string>()
  const [pending, setPending] = useState(false)
  const [failure, setFailure] = useState<Failure>()
  const [code, setCode] = useState('')
  const { status: copyStatus, copy } = useCopy()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const codeRef = useRef<HTMLInputElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const moved = useRef(false)

  const isOpen = open ?? innerOpen
  const points = (count: number) => ts('loyalty.points', { count })
  const tierId = program.tiers.length > 0 ? tierFor(program.tiers, member.lifetimePoints).id : undefined
  const rewards = program.rewards.filter((reward) => reward.available !== false)
  const selected = rewards.find((reward) => reward.id === selectedId)

  const note = (reward: LoyaltyReward): string | undefined => {
    if (reward.oneTime && redeemedRewardIds.includes(reward.id)) return t('loyalty.rewardsDialog.redeemed')
    if (!tierAllows(program.tiers, tierId, reward)) {
      const tier = program.tiers.find((candidate) => candidate.id === reward.minTier)?.name ?? '—'
      return ts('loyalty.requiresTier', { tier })
    }
    if (!(reward.points <= member.balance)) {
      const missing = Number.isFinite(member.balance) ? reward.points - member.balance : reward.points
      return ts('loyalty.missing', { points: points(missing) })
    }
    return undefined
  }

  // Move focus to the new step's heading (back on the choice: to the chosen reward), so keyboard and screen reader users follow along.
  useEffect(() => {
    if (moved.current) (headingRef.current ?? formRef.current?.querySelector<HTMLInputElement>('input:checked'))?.focus()
    moved.current = false
  }, [step])
  const go = (next: Step) => {
    moved.current = true
    setStep(next)
  }

  function handleOpenChange(next: boolean) {
    if (!next) {
      if (step === 'done') setSelectedId(undefined)
      setStep('choose')
      setFailure(undefined)
      setCode('')
    }
    setInnerOpen(next)
    onOpenChange?.(next)
  }

  function handleChoose(event: FormEvent) {
    event.preventDefault()
    if (!selected) return
    setFailure(undefined)
    go('confirm')
  }

  async function handleConfirm() {
    if (!selected || pending) return
    setPending(true)
    setFailure(undefined)
    try {
      const result = await onRedeem(selected.id)
      if (result.ok) {
        setCode(result.code)
        go('done')
        track('reward_redeemed', { rewardId: selected.id, points: selected.points })
      } else {
        setFailure(result.reason)
      }
    } catch {
      setFailure('network')
    } finally {
      setPending(false)
    }
  }

  const heading = (text: string) => (
    <h3 ref={headingRef} tabIndex={-1} data-part="step-title">
      {text}
    </h3>
  )

  return (
    <Dialog open={isOpen} onOpenChange={handleOpenChange}>
      {trigger !== null && (
        <DialogTrigger asChild>{trigger ?? <Button variant="secondary">{t('loyalty.rewardsDialog.trigger')}</Button>}</DialogTrigger>
      )}
      <DialogContent
        title={t('loyalty.rewardsDialog.title')}
        description={t('loyalty.rewardsDialog.balance', { points: Number.isFinite(member.balance) ? points(member.balance) : '—' })}
        {...rest}
        data-jk-rewards-dialog=""
        data-stage="retention"
        data-state={step}
      >
        {step === 'choose' &&
          (rewards.length === 0 ? (
            <p data-part="empty">{ts('loyalty.noRewards')}</p>
          ) : (
            <form ref={formRef} data-part="choose" onSubmit={handleChoose}>
              <fieldset>
                <legend>{t('loyalty.rewardsDialog.choose')}</legend>
                {rewards.map((reward) => {
                  const reason = note(reward)
                  return (
                    <label key={reward.id} data-part="reward" data-disabled={reason ? '' : undefined}>
                      <input
                        type="radio"
                        name={`${id}-reward`}
                        value={reward.id}
                        checked={selectedId === reward.id}
                        disabled={Boolean(reason)}
                        onChange={() => setSelectedId(reward.id)}
                        aria-describedby={reason ? `${id}-${reward.id}` : undefined}
                      />
                      <span data-part="reward-name">{reward.name}</span>{' '}
                      <span data-part="points">{points(reward.points)}</span>
                      {reason && (
                        <span id={`${id}-${reward.id}`} data-part="reward-note">
                          {reason}
                        </span>
                      )}
                    </label>
                  )
                })}
              </fieldset>
              <Button type="submit" disabled={!selected}>
                {t('loyalty.rewardsDialog.continue')}
              </Button>
            </form>
          ))}
        {step === 'confirm' && selected && (
          <div data-part="confirm">
            {heading(t('loyalty.rewardsDialog.confirmTitle'))}
            <p>
              {t('loyalty.rewardsDialog.confirmText', {
                reward: selected.name,
                points: points(selected.points),
                remaining: points(Math.max(0, member.balance - selected.points)),
              })}
            </p>
            {failure && (
              <p role="alert" data-part="error">
                {t(FAILURE_KEYS[failure])}
              </p>
            )}
            <div data-part="actions">
              <Button loading={pending} onClick={handleConfirm}>
                {t('loyalty.rewardsDialog.confirm')}
              </Button>
              <Button variant="secondary" disabled={pending} onClick={() => go('choose')}>
                {t('loyalty.rewardsDialog.back')}
              </Button>
            </div>
          </div>
        )}
        {step === 'done' && (
          <div data-part="done">
            {heading(t('loyalty.rewardsDialog.doneTitle'))}
            <label htmlFor={`${id}-code`}>{t('loyalty.rewardsDialog.code')}</label>
            <div data-part="code">
              <input ref={codeRef} id={`${id}-code`} readOnly value={code} onFocus={(event) => event.currentTarget.select()} />
              <Button variant="secondary" onClick={() => copy(code, codeRef.current)}>
                {t('loyalty.rewardsDialog.copy')}
              </Button>
            </div>
            <DialogClose asChild>
              <Button>{t('loyalty.rewardsDialog.done')}</Button>
            </DialogClose>
          </div>
        )}
        <p role="status" data-part="announcement">
          {copyStatus === 'copied' ? ts('loyalty.copied') : copyStatus === 'failed' ? ts('loyalty.copyFailed') : ''}
        </p>
      </DialogContent>
    </Dialog>
  )
}
