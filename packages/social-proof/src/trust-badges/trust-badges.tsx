'use client'
import { useMessages } from '@journeykit/ui'
import type { ComponentProps, ReactNode } from 'react'
import { devWarning } from '../shared/dev-warning'
import { useWidgetImpression } from '../shared/use-widget-impression'
import { trustBadgesMessages } from './messages'

export type TrustBadgeKind = 'secure-payment' | 'free-returns' | 'guarantee' | 'custom'

/** One promise the shop keeps. Built-in kinds bring an icon and a default title. */
export interface TrustBadge {
  kind: TrustBadgeKind
  /** Required for 'custom'; overrides the default title of the other kinds. */
  title?: string
  /** The terms, e.g. "30 days, on every order". Only what the shop really offers. */
  description?: string
  /** Replaces the kind's icon; rendered as decoration (hidden from assistive technology). */
  icon?: ReactNode
}

export interface TrustBadgesProps extends Omit<ComponentProps<'ul'>, 'children' | 'ref'> {
  badges: TrustBadge[]
  /** Included in `social_proof_viewed`. */
  productId?: string
}

const PATHS: Record<TrustBadgeKind, string> = {
  'secure-payment': 'M7 11V8a5 5 0 0110 0v3M5 11h14v10H5zM12 15v2',
  'free-returns': 'M9 14L4 9l5-5M4 9h11a5 5 0 010 10h-3',
  guarantee: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM8.5 12l2.5 2.5 4.5-5',
  custom: 'M12 3a9 9 0 100 18 9 9 0 000-18zM8 12l3 3 5-6',
}

/** The shop's promises (secure payment, free returns, guarantee…) as a list with icons. */
export function TrustBadges({ badges, productId, ...props }: TrustBadgesProps) {
  const t = useMessages(trustBadgesMessages)
  const ref = useWidgetImpression({ widget: 'trust_badges', block: 'TrustBadges', productId, blockId: props.id })
  const shown = badges.filter((badge) => {
    const ok = badge.kind in PATHS && (badge.kind !== 'custom' || !!badge.title)
    if (!ok) devWarning('TrustBadges', `skipped a badge of kind "${badge.kind}" without a title or with an unknown kind`)
    return ok
  })
  if (shown.length === 0) return null

  return (
    <ul data-jk-trust-badges="" data-stage="decision" {...props} ref={ref}>
      {shown.map((badge, index) => (
        <li key={badge.kind + index} data-part="badge" data-kind={badge.kind}>
          <span data-part="icon" aria-hidden="true">
            {badge.icon ?? (
              <svg viewBox="0 0 24 24" width="1.5em" height="1.5em" focusable="false">
                <path d={PATHS[badge.kind]} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            )}
          </span>
          <span data-part="text">
            <strong data-part="title">{badge.title ?? t(`socialProof.trustBadges.${badge.kind as Exclude<TrustBadgeKind, 'custom'>}`)}</strong>
            {badge.description && <span data-part="description">{badge.description}</span>}
          </span>
        </li>
      ))}
    </ul>
  )
}
