'use client'
import type { Attribution } from '@journeykit/core'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { useImpression, useTrack } from '@journeykit/react'
import { forwardRef, useEffect, useId, type ComponentPropsWithoutRef, type MouseEvent } from 'react'
import { promotionProperties, type PromotionCta, type PromotionIdentity } from '../shared/promotion'
import { chooseHeroVariant, type HeroVariantMatch } from './choose-hero-variant'

export interface HeroImage {
  src: string
  /** Describes the image; `''` for a decorative one. */
  alt: string
  /** Intrinsic size, so the browser reserves the space before the image loads. */
  width?: number
  height?: number
}

/** One version of the hero, for the visits its `match` describes. */
export interface HeroVariant {
  /** Stable id, reported as the `creative` of the promotion events. */
  id: string
  /** Which visits get this variant (see `chooseHeroVariant` for the rule). Ignored on the fallback. */
  match?: HeroVariantMatch
  headline: string
  body?: string
  cta?: PromotionCta
  image?: HeroImage
}

export interface SourceAwareHeroProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The promotion the hero belongs to, reported as `promotionId` and `name`. */
  promotion: PromotionIdentity
  /** The variants to choose from; the most specific match wins, ties go to the earlier one. */
  variants: readonly HeroVariant[]
  /** Shown when no variant matches, or when the attribution is unknown. */
  fallback: HeroVariant
  /**
   * The visit's campaign and touchpoint, resolved by the app on the server with
   * `resolveAttribution(requestUrl, referrer)` from `@journeykit/core` and passed to the browser
   * unchanged, so both render the same variant. The hero never reads `window.location`.
   */
  attribution?: Attribution
  /** Where on the page the hero sits, reported as `slot`. */
  slot?: string
  /** The level of the headline's heading. Default 1. */
  headingLevel?: 1 | 2 | 3
  /** Called when the call to action is followed, after `promotion_clicked` is tracked. */
  onCtaClick?: (event: MouseEvent<HTMLAnchorElement>) => void
}

/**
 * A hero whose headline and offer follow where the visitor came from. Reports `promotion_viewed`
 * once viewable and `promotion_clicked` on its call to action, with the chosen variant's id as
 * `creative`.
 */
export const SourceAwareHero = forwardRef<HTMLElement, SourceAwareHeroProps>(function SourceAwareHero({
  promotion,
  variants,
  fallback,
  attribution,
  slot,
  headingLevel = 1,
  onCtaClick,
  ...rest
}, ref) {
  const variant = chooseHeroVariant(variants, attribution) ?? fallback
  const track = useTrack({ block: 'SourceAwareHero', blockId: promotion.id })
  const properties = promotionProperties(promotion, variant.id, slot)
  const impressionRef = useImpression(() => track('promotion_viewed', properties))
  const rootRef = useComposedRefs(ref, impressionRef)
  const headlineId = useId()
  const Heading = `h${headingLevel}` as const

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return
    const ids = [...variants, fallback].map((candidate) => candidate.id)
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index)
    if (duplicate) console.warn(`[journeykit] SourceAwareHero: variant id "${duplicate}" is used twice; events cannot tell them apart.`)
  }, [variants, fallback])

  return (
    <section
      aria-labelledby={headlineId}
      {...rest}
      ref={rootRef}
      data-jk-source-aware-hero=""
      data-stage="awareness"
      data-variant={variant.id}
    >
      <div data-part="content">
        <Heading data-part="headline" id={headlineId}>
          {variant.headline}
        </Heading>
        {variant.body && <p data-part="body">{variant.body}</p>}
        {variant.cta && (
          <a
            data-part="cta"
            href={variant.cta.href}
            onClick={(event) => {
              track('promotion_clicked', properties)
              onCtaClick?.(event)
            }}
          >
            {variant.cta.label}
          </a>
        )}
      </div>
      {variant.image && (
        <img
          data-part="image"
          src={variant.image.src}
          alt={variant.image.alt}
          width={variant.image.width}
          height={variant.image.height}
        />
      )}
    </section>
  )
})
