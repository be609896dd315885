import { PromoBanner } from '@journeykit/promo'
import { data, useLoaderData } from 'react-router'
import { deferUntilVisible } from '../components/deferred-section'
import { HomeFeatured } from '../components/home-featured'
import { attributionFor } from '../lib/attribution.server'
import { catalogPageHeaders } from '../lib/cache.server'
import { catalogCache } from '../lib/catalog-cache.server'
import { listCategories, listProducts } from '../lib/catalog.server'
import { getDatabase } from '../lib/db.server'
import { env } from '../lib/env.server'
import { assignVisitor } from '../lib/experiments/assignment.server'
import { HomeHeroExperiment } from '../lib/experiments/home-hero-experiment'
import { ShopExperiments } from '../lib/experiments/shop-experiments'
import { couponPromotion, promotionSettings } from '../lib/promotions.server'
import type { Route } from './+types/home'
import stylesheet from './home.css?url'

const PRODUCTS_PER_CATEGORY = 4

export const meta: Route.MetaFunction = ({ data }) => [
  // One address for the home page, whatever campaign parameters a link added
  ...(data ? [{ tagName: 'link', rel: 'canonical', href: data.canonical } as const] : []),
  { title: 'Northwind Outfitters — headphones, running shoes and backpacks' },
  {
    name: 'description',
    content: 'Headphones, running shoes and backpacks compared honestly, with verified reviews, real stock and free standard shipping from €75.',
  },
]

// At the foot of the page: its code (react-hook-form among it) loads as the visitor nears it.
const HomeNewsletter = deferUntilVisible(() => import('../components/home-newsletter').then((module) => module.HomeNewsletter))

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  const catalog = await catalogCache(db)
  // The banner's coupon and the hero's copy are the back office's (Promotions); a change there drops this entry.
  const settings = await catalog.read(['promotion-settings'], () => promotionSettings(db), () => ['promotions'])
  const [promotion, featured] = await Promise.all([
    settings.bannerCoupon ? couponPromotion(db, settings.bannerCoupon) : null,
    catalog.read(['home-featured'], async () =>
      Promise.all(
        (await listCategories(db)).map(async (category) => ({
          category: { id: category.id, name: category.name, description: category.description },
          products: (await listProducts(db, { categoryId: category.id, sort: 'rating', inStock: true })).slice(0, PRODUCTS_PER_CATEGORY),
        })),
      ),
      () => ['category:*'],
    ),
  ])
  // Resolved here, from the request, so the server render and hydration pick the same hero variant.
  const attribution = attributionFor(request)
  // The address is part of a shared cache's key, the referrer is not: a hero chosen by the referrer is private.
  const chosenByReferrer = JSON.stringify(attribution) !== JSON.stringify(attributionFor(new Request(request.url)))
  const experiments = assignVisitor(request)
  return data(
    { canonical: `${env.shopUrl}/`, attribution, promotion, heroCopy: settings.heroCopy, featured: featured.filter((section) => section.products.length > 0), experiments: experiments.assignments },
    { headers: catalogPageHeaders(request, { personal: chosenByReferrer || experiments.personal }) },
  )
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export default function Home() {
  const { attribution, promotion, heroCopy, featured, experiments } = useLoaderData<typeof loader>()
  return (
    <div className="home">
      {promotion && (
        <PromoBanner
          className="home-banner"
          slot="home-top"
          promotion={{
            id: promotion.id,
            name: promotion.name,
            description: promotion.description,
            creative: 'home-top-banner',
            ...(promotion.endsAt ? { endsAt: promotion.endsAt } : {}),
            cta: { label: 'Start shopping', href: '#featured' },
          }}
          timeZone="Europe/Berlin"
        />
      )}
      <ShopExperiments assignments={experiments}>
        <HomeHeroExperiment attribution={attribution} copy={heroCopy} />
      </ShopExperiments>
      <ul className="home-perks" aria-label="Why shop with us">
        <li>
          <strong>Free standard shipping</strong> from €75
        </li>
        <li>
          <strong>30-day returns</strong> on everything
        </li>
        <li>
          <strong>1 point per €1</strong> in our rewards club
        </li>
      </ul>
      <div id="featured">
        <HomeFeatured sections={featured} />
      </div>
      <HomeNewsletter />
    </div>
  )
}
