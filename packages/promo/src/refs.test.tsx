import { renderWithJourney } from '@journeykit/react/testing'
import { createRef, type ReactElement, type Ref } from 'react'
import { expect, it } from 'vitest'
import { describeRefForwarding, type RefForwardingCase } from '../../../test/ref-forwarding'
import { footerFormId, privacyPolicyHref } from './newsletter-signup/fixtures'
import { winterSale } from './promo-banner/fixtures'
import { attributions, fallbackVariant, heroPromotion, heroVariants } from './source-aware-hero/fixtures'
import { PromoBanner, SourceAwareHero } from './index'
import { NewsletterSignup } from './newsletter-signup'

// forwardRef: a ref reaches the block's root element on React 18 as on 19.
const blocks: RefForwardingCase[] = [
  { name: 'PromoBanner', root: '[data-jk-promo-banner]', element: (ref) => <PromoBanner ref={ref} promotion={winterSale} /> },
  {
    name: 'SourceAwareHero',
    root: '[data-jk-source-aware-hero]',
    element: (ref) => <SourceAwareHero ref={ref} promotion={heroPromotion} variants={heroVariants} fallback={fallbackVariant} attribution={attributions.direct} />,
  },
  {
    name: 'NewsletterSignup',
    root: '[data-jk-newsletter-signup]',
    element: (ref) => <NewsletterSignup ref={ref} formId={footerFormId} privacyPolicyHref={privacyPolicyHref} onSubmit={async () => {}} />,
  },
]

describeRefForwarding(renderWithJourney, blocks)

it("keeps the block's own use of its root: a banner given a ref still reports its impression", () => {
  const ref = createRef<HTMLElement>()
  const { recorder } = renderWithJourney(<PromoBanner ref={ref} promotion={winterSale} />)
  expect(ref.current).toHaveAttribute('data-jk-promo-banner')
  expect(recorder.names()).toEqual(['promotion_viewed'])
})
