import { Recommendations, RecentlyViewed, type DiscoveryProduct } from '@journeykit/discovery'

export interface ProductRecommendationsProps {
  /** The product on the page, as discovery blocks show it: remembered as viewed and left out of the list. */
  current: DiscoveryProduct
  boughtTogether: DiscoveryProduct[]
  similar: DiscoveryProduct[]
}

/** The product page's recommendation slots, each crediting its own list in the journey's events. */
export function ProductRecommendations({ current, boughtTogether, similar }: ProductRecommendationsProps) {
  return (
    <div className="pdp-recommendations">
      <Recommendations slot="bought-together" products={boughtTogether} layout="carousel" />
      <Recommendations slot="similar" products={similar} layout="carousel" />
      <RecentlyViewed current={current} layout="carousel" />
    </div>
  )
}
