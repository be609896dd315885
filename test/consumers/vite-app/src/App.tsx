import { ga4, type Attribution } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'
import { LocaleProvider } from '@journeykit/ui'
import { PromoBanner, SourceAwareHero } from '@journeykit/promo'
import { NewsletterSignup } from '@journeykit/promo/newsletter-signup'
import { CompareCheckbox, CompareTray, ComparisonTable } from '@journeykit/compare'
import {
  LiveActivity,
  RatingSummary,
  ReviewList,
  StockNotice,
  summarizeReviews,
  Testimonials,
  TrustBadges,
} from '@journeykit/social-proof'
import { ReviewForm } from '@journeykit/social-proof/review-form'
import { ProductJsonLd } from '@journeykit/social-proof/json-ld'
import { CouponField, GuestCheckout, OrderSummary } from '@journeykit/checkout'
import { createTestAdapter } from '@journeykit/checkout/test'
import { CsatSurvey, LoyaltyPanel, NpsSurvey, ReferralPanel, RewardsDialog } from '@journeykit/loyalty'
import * as shop from '../shared/data'

// Stand-ins for the shop's API: each answers after a short network-like delay.
const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 50))
const paymentAdapter = createTestAdapter({ latency: 100 })
const journeyOptions = { destinations: [ga4()], consent: 'granted' as const }
const ratingSummary = summarizeReviews(shop.reviews)

/** Every block on one page; `attribution` comes from the browser's URL, or the server's request. */
export function App({ attribution }: { attribution: Attribution }) {
  return (
    <JourneyProvider options={journeyOptions}>
      <LocaleProvider locale="en">
        <main>
          <h1>Northpeak Outfitters</h1>
          <PromoBanner promotion={shop.winterSale} slot="home-top" timeZone="Europe/Berlin" />
          <SourceAwareHero promotion={shop.heroPromotion} variants={shop.heroVariants} fallback={shop.heroFallback} attribution={attribution} slot="home-hero" />

          <ul aria-label="Headphones">
            {shop.headphones.map((product) => (
              <li key={product.id}>
                {product.name}
                <CompareCheckbox listId="headphones" product={{ id: product.id, name: product.name }} />
              </li>
            ))}
          </ul>
          <CompareTray listId="headphones" />
          <ComparisonTable products={shop.headphones} groups={shop.headphoneGroups} onAddToCart={() => later(undefined)} />

          <ProductJsonLd
            product={{ ...shop.product, availability: 'InStock', rating: ratingSummary, reviews: shop.reviews }}
          />
          <StockNotice stock={3} productId={shop.product.id} />
          <TrustBadges badges={shop.trustBadges} productId={shop.product.id} />
          <RatingSummary summary={ratingSummary} productId={shop.product.id} variant="full" minReviewsForHistogram={1} />
          <ReviewList productId={shop.product.id} reviews={shop.reviews} onHelpful={() => later(undefined)} />
          <ReviewForm productId={shop.product.id} onSubmit={() => later({ reviewId: 'rev-041' })} />
          <Testimonials testimonials={shop.testimonials} />
          <LiveActivity activities={shop.activities} productId={shop.product.id} />

          <OrderSummary cart={shop.cart} />
          <CouponField
            onApply={(code) =>
              later(code === 'WELCOME10' ? { status: 'applied' as const, discount: { amount: 1590, currency: 'EUR' } } : { status: 'denied' as const, reason: 'coupon_unknown' })
            }
          />
          <GuestCheckout
            checkoutId="co_consumer_vite"
            cart={shop.cart}
            shippingMethods={shop.shippingMethods}
            defaultValues={{ country: 'DE' }}
            adapter={paymentAdapter}
            onCreateOrder={() => later({ orderId: 'order_1001' })}
          />

          <LoyaltyPanel program={shop.loyaltyProgram} member={shop.member} history={shop.memberHistory} />
          <RewardsDialog program={shop.loyaltyProgram} member={shop.member} onRedeem={() => later({ ok: true as const, code: 'JK5-7QXM-4RTA' })} />
          <ReferralPanel {...shop.referral} />
          <NpsSurvey surveyId="post-delivery-nps-2026" onSubmit={() => later(undefined)} />
          <CsatSurvey surveyId="support-chat-csat" onSubmit={() => later(undefined)} />
          <NewsletterSignup formId="footer-newsletter" privacyPolicyHref="/legal/privacy-policy" onSubmit={() => later(undefined)} />
        </main>
      </LocaleProvider>
    </JourneyProvider>
  )
}
