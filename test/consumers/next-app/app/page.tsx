// A Server Component that renders the client blocks directly (they ship "use client") and the
// server-safe entries: attribution from @journeykit/core, structured data and the rating from ./json-ld.
import { resolveAttribution } from '@journeykit/core'
import { PromoBanner, SourceAwareHero } from '@journeykit/promo'
import { NewsletterSignup } from '@journeykit/promo/newsletter-signup'
import { CompareCheckbox, CompareTray, ComparisonTable } from '@journeykit/compare'
import { LiveActivity, RatingSummary, ReviewList, StockNotice, Testimonials, TrustBadges } from '@journeykit/social-proof'
import { ReviewForm } from '@journeykit/social-proof/review-form'
import { ProductJsonLd, summarizeReviews } from '@journeykit/social-proof/json-ld'
import * as shop from '../shared/data'
import { addToCart, submitReview, subscribe, voteHelpful } from './actions'

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The campaign comes from the request, so the server renders the variant the visitor sees.
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])))
  const attribution = resolveAttribution(`https://shop.example/?${query}`, '')
  // computed on the server from the server-safe entry, passed to the client block as data
  const ratingSummary = summarizeReviews(shop.reviews)
  return (
    <>
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
      <ComparisonTable products={shop.headphones} groups={shop.headphoneGroups} onAddToCart={addToCart} />

      <ProductJsonLd product={{ ...shop.product, availability: 'InStock', rating: ratingSummary, reviews: shop.reviews }} />
      <StockNotice stock={3} productId={shop.product.id} />
      <TrustBadges badges={shop.trustBadges} productId={shop.product.id} />
      <RatingSummary summary={ratingSummary} productId={shop.product.id} variant="full" minReviewsForHistogram={1} />
      <ReviewList productId={shop.product.id} reviews={shop.reviews} onHelpful={voteHelpful} />
      <ReviewForm productId={shop.product.id} onSubmit={submitReview} />
      <Testimonials testimonials={shop.testimonials} />
      <LiveActivity activities={shop.activities} productId={shop.product.id} />

      <NewsletterSignup formId="footer-newsletter" privacyPolicyHref="/legal/privacy-policy" onSubmit={subscribe} />
    </>
  )
}
