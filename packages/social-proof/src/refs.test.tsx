import { renderWithJourney } from '@journeykit/react/testing'
import { createRef, type ReactElement, type Ref } from 'react'
import { expect, it } from 'vitest'
import { describeRefForwarding, type RefForwardingCase } from '../../../test/ref-forwarding'
import { PRODUCT_ID, PRODUCT_NAME, recentActivities, REVIEWS, TESTIMONIALS } from './fixtures'
import { LiveActivity, RatingSummary, ReviewList, StockNotice, summarizeReviews, Testimonials, TrustBadges } from './index'
import { ReviewForm } from './review-form'
import { ProductJsonLd } from './json-ld'

// forwardRef: a ref reaches the block's root element on React 18 as on 19.
const blocks: RefForwardingCase[] = [
  { name: 'RatingSummary', root: '[data-jk-rating-summary]', element: (ref) => <RatingSummary ref={ref} summary={summarizeReviews(REVIEWS)} productId={PRODUCT_ID} /> },
  { name: 'ReviewList', root: '[data-jk-review-list]', element: (ref) => <ReviewList ref={ref} productId={PRODUCT_ID} reviews={REVIEWS} onHelpful={async () => {}} /> },
  { name: 'ReviewForm', root: '[data-jk-review-form]', element: (ref) => <ReviewForm ref={ref} productId={PRODUCT_ID} onSubmit={async () => {}} /> },
  { name: 'Testimonials', root: '[data-jk-testimonials]', element: (ref) => <Testimonials ref={ref} testimonials={TESTIMONIALS} /> },
  { name: 'LiveActivity', root: '[data-jk-live-activity]', element: (ref) => <LiveActivity ref={ref} activities={recentActivities()} productId={PRODUCT_ID} /> },
  {
    name: 'TrustBadges',
    root: '[data-jk-trust-badges]',
    element: (ref) => <TrustBadges ref={ref} badges={[{ kind: 'free-returns' }]} productId={PRODUCT_ID} />,
  },
  { name: 'StockNotice', root: '[data-jk-stock-notice]', element: (ref) => <StockNotice ref={ref} stock={3} productId={PRODUCT_ID} /> },
  { name: 'ProductJsonLd', root: 'script[type="application/ld+json"]', element: (ref) => <ProductJsonLd ref={ref} product={{ name: PRODUCT_NAME }} /> },
]

describeRefForwarding(renderWithJourney, blocks)

it("keeps the widget's own use of its root: a stock notice given a ref still reports social_proof_viewed", () => {
  const ref = createRef<HTMLParagraphElement>()
  const { recorder } = renderWithJourney(<StockNotice ref={ref} stock={3} productId={PRODUCT_ID} />)
  expect(ref.current).toHaveTextContent('Only 3 left')
  expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'stock_notice', productId: PRODUCT_ID })
})
