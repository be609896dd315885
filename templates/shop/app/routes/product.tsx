import { useTrack } from '@journeykit/react'
import { summarizeReviews } from '@journeykit/social-proof'
import { productJsonLd } from '@journeykit/social-proof/json-ld'
import { useEffect, useRef, useState } from 'react'
import { data, Link, useLoaderData } from 'react-router'
import { deferUntilChanged, deferUntilInteraction, deferUntilVisible } from '../components/deferred-section'
import { imageIndexForVariant, ProductGallery } from '../components/product-gallery'
import { ProductPurchase } from '../components/product-purchase'
import { MAX_LINE_QUANTITY } from '../lib/cart.server'
import { catalogPageHeaders } from '../lib/cache.server'
import { catalogCache } from '../lib/catalog-cache.server'
import { getCategory, getProductBySlug } from '../lib/catalog.server'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { breadcrumbsJsonLd } from '../lib/seo/breadcrumbs'
import { recommendationTags, recommendSlots } from '../lib/recommendations/recommendations.server'
import { listReviews, recentPurchases } from '../lib/reviews.server'
import { reviewLinkOfRequest } from '../lib/email/review-link.server'
import type { Route } from './+types/product'
import stylesheet from './product.css?url'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ params, request }: Route.LoaderArgs) {
  const db = await getDatabase()
  const catalog = await catalogCache(db)
  const product = await catalog.read(['product', params.slug], () => getProductBySlug(db, params.slug), (found) =>
    found ? [`product:${found.id}`] : ['product:*'],
  )
  if (!product) throw data('Product not found', { status: 404 })
  // A visit from a review link (email, order page): its token is checked here and again when the review is posted.
  const reviewLink = reviewLinkOfRequest(request, product.id)
  const [category, reviews, activities, [boughtTogether, similar]] = await Promise.all([
    catalog.read(['category', product.categoryId], () => getCategory(db, product.categoryId), () => []),
    catalog.read(['reviews', product.id], () => listReviews(db, product.id), () => [`reviews:${product.id}`]),
    // within the cache's lifetime (CATALOG_CACHE_TTL) the purchases of the last 14 days may end a little later
    catalog.read(['purchases', product.id], () => recentPurchases(db, product.id, { days: 14, limit: 5 }), () => [`purchases:${product.id}`]),
    catalog.read(
      ['recommendations', product.id],
      // a new shop's "bought together" falls back to similar products: the second slot shows others
      () => recommendSlots(db, product.id, ['bought-together', 'similar']),
      (slots) => recommendationTags(product, slots.flat()),
    ),
  ])
  // From the reviews already loaded (all published ones): the same figures as ratingSummary, without a second query.
  const summary = summarizeReviews(reviews)
  // Absolute links come from the configured public origin, never from the request's Host header.
  const origin = env.shopUrl
  const url = `${origin}/p/${product.slug}`
  const page = {
    product,
    attributeGroups: category?.attributeGroups ?? [],
    reviews,
    summary,
    activities,
    recommendations: {
      current: {
        id: product.id,
        name: product.name,
        price: product.price,
        brand: product.brand,
        category: product.categoryName,
        href: `/p/${product.slug}`,
        ...(product.image ? { image: { src: product.image.src, alt: product.image.alt } } : {}),
        ...(summary.count > 0 ? { rating: { average: summary.average, count: summary.count } } : {}),
        inStock: product.stock > 0,
      },
      boughtTogether,
      similar,
    },
    url,
    // Built here and rendered by `meta`, so the page ships no structured-data code to the browser.
    jsonLd: productJsonLd({
      name: product.name,
      sku: product.id,
      url,
      image: product.images.map((image) => new URL(image.src, origin).href),
      description: product.description,
      brand: product.brand,
      price: product.price,
      availability: product.stock > 0 ? 'InStock' : 'OutOfStock',
      rating: { average: summary.average, count: summary.count },
      reviews: reviews.slice(0, 10),
    }),
    breadcrumbs: breadcrumbsJsonLd([
      { name: 'Home', url: `${origin}/` },
      ...(category ? [{ name: category.name, url: `${origin}/c/${category.id}` }] : []),
      { name: product.name, url },
    ]),
    // The line limit the cart enforces, so the quantity picker never offers more.
    maxQuantity: MAX_LINE_QUANTITY,
    reviewLink,
  }
  // A page with a buyer's review link is theirs alone: no shared cache keeps it.
  return data(page, { headers: catalogPageHeaders(request, { personal: reviewLink !== null }) })
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [{ title: 'Product not found — Northwind Outfitters' }]
  const { product, url, jsonLd, breadcrumbs } = loaderData
  const description = product.description.length > 160 ? `${product.description.slice(0, 157).trimEnd()}…` : product.description
  return [
    { title: `${product.name} by ${product.brand} — Northwind Outfitters` },
    { name: 'description', content: description },
    { tagName: 'link', rel: 'canonical', href: url },
    { property: 'og:type', content: 'product' },
    { property: 'og:title', content: product.name },
    { property: 'og:description', content: description },
    ...(product.image ? [{ property: 'og:image', content: new URL(product.image.src, url).href }] : []),
    { 'script:ld+json': jsonLd },
    { 'script:ld+json': breadcrumbs },
  ]
}

// Text and prices with nothing to operate: the server's HTML serves, their code loads only if they change.
const ProductHeadline = deferUntilChanged(() => import('../components/product-headline').then((module) => module.ProductHeadline), { className: 'pdp-headline' })
const ProductDetails = deferUntilChanged(() => import('../components/product-details').then((module) => module.ProductDetails))
// Below the buy button: the shop's promises and the latest purchases are complete as server HTML, with nothing
// to operate before the visitor acts (a touch, a click, the mouse wheel, a key); their code (4.8 KB gzipped) loads
// then, and with it their `social_proof_viewed`, so a desktop first screen stays within the 120 KB budget. A visit
// that does nothing at all reports no impression of them.
const ProductAssurance = deferUntilInteraction(() => import('../components/product-assurance').then((module) => module.ProductAssurance))
// Further down: their code loads as the visitor nears them.
const ProductReviews = deferUntilVisible(() => import('../components/product-reviews').then((module) => module.ProductReviews))
const ProductReviewForm = deferUntilVisible(() => import('../components/product-review-form').then((module) => module.ProductReviewForm))
const ProductRecommendations = deferUntilVisible(() => import('../components/product-recommendations').then((module) => module.ProductRecommendations))

export default function ProductPage() {
  const loaderData = useLoaderData<typeof loader>()
  // A new product is a new page: selection and gallery start over.
  return <ProductView key={loaderData.product.id} {...loaderData} />
}

function ProductView({ product, attributeGroups, reviews, summary, activities, recommendations, maxQuantity, reviewLink }: Route.ComponentProps['loaderData']) {
  const track = useTrack({ block: 'ProductPage' })
  const [variantId, setVariantId] = useState(() => (product.variants.find((variant) => variant.stock > 0) ?? product.variants[0])?.id ?? '')
  const [imageIndex, setImageIndex] = useState(() => imageIndexForVariant(product.images, variantId) ?? 0)
  const selected = product.variants.find((variant) => variant.id === variantId)

  // Once per product: revalidation (e.g. after adding to the cart) brings a new product object, not a new view.
  const viewed = useRef(false)
  useEffect(() => {
    if (viewed.current) return
    viewed.current = true
    track('product_viewed', {
      item: { id: product.id, name: product.name, price: product.price, brand: product.brand, category: product.categoryName },
    })
  }, [track, product])

  const chooseVariant = (next: string) => {
    setVariantId(next)
    const image = imageIndexForVariant(product.images, next)
    if (image !== undefined) setImageIndex(image)
  }

  // A variant with a price of its own (set in the back office) shows it; the cart charges the same.
  const price = selected?.price ?? product.price
  const compareAtPrice = product.compareAtPrice && product.compareAtPrice.amount > price.amount ? product.compareAtPrice : undefined

  return (
    <article className="pdp">
      <nav aria-label="Breadcrumb" className="pdp-breadcrumb">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to={`/c/${product.categoryId}`}>{product.categoryName}</Link>
          </li>
          <li>
            <span aria-current="page">{product.name}</span>
          </li>
        </ol>
      </nav>

      <div className="pdp-top">
        <ProductGallery images={product.images} productName={product.name} index={imageIndex} onIndexChange={setImageIndex} />

        <div className="pdp-info">
          <ProductHeadline brand={product.brand} name={product.name} rating={product.rating} price={price} {...(compareAtPrice ? { compareAtPrice } : {})} />

          <ProductPurchase
            productId={product.id}
            productName={product.name}
            categoryId={product.categoryId}
            variants={product.variants}
            selectedVariantId={selected?.id ?? ''}
            onVariantChange={chooseVariant}
            maxQuantity={maxQuantity}
          />

          <ProductAssurance productId={product.id} activities={activities} />
        </div>
      </div>

      <ProductDetails description={product.description} attributeGroups={attributeGroups} attributes={product.attributes} />
      {reviewLink && <ProductReviewForm productId={product.id} productName={product.name} reviewLink={reviewLink} />}
      <ProductReviews productId={product.id} reviews={reviews} summary={summary} />
      <ProductRecommendations {...recommendations} />
    </article>
  )
}
