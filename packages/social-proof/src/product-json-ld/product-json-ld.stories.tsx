import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PRODUCT_NAME, PRODUCT_PRICE, REVIEWS } from '../fixtures'
import { summarizeReviews } from '../shared/review-stats'
import { productJsonLd } from './product-json-ld'
import { ProductJsonLd } from './product-json-ld-script'

const meta = {
  title: 'Social proof/ProductJsonLd',
  tags: ['stage:awareness'],
  component: ProductJsonLd,
  args: {
    product: {
      name: PRODUCT_NAME,
      sku: 'TR-GTX-24',
      brand: 'Northpeak',
      price: PRODUCT_PRICE,
      availability: 'InStock',
      rating: summarizeReviews(REVIEWS),
      reviews: REVIEWS.slice(0, 3),
    },
  },
  // The script is invisible; the story also prints the data it carries.
  render: (args) => (
    <>
      <ProductJsonLd {...args} />
      <pre style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(productJsonLd(args.product), null, 2)}</pre>
    </>
  ),
} satisfies Meta<typeof ProductJsonLd>

export default meta
type Story = StoryObj<typeof meta>

export const Product: Story = {
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]')
    await expect(JSON.parse(script?.textContent ?? '{}').aggregateRating.reviewCount).toBe(40)
  },
}
