import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { Badge } from './badge/badge'
import { Button } from './button/button'
import { LocaleProvider } from './locale/locale-provider'
import { Money } from './money/money'
import { Rating } from './rating/rating'
import { EmptyState, ErrorState, LoadingState } from './state/state'

function Showcase({ theme }: { theme: 'light' | 'dark' }) {
  return (
    <section
      data-theme={theme}
      aria-label={`${theme} theme`}
      style={{ display: 'grid', gap: '1rem', padding: '1.5rem', borderRadius: '0.75rem' }}
    >
      <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap', alignItems: 'center' }}>
        <Button>Checkout</Button>
        <Button variant="secondary">Compare</Button>
        <Button variant="ghost">Save for later</Button>
        <Button variant="link">View details</Button>
        <Button loading>Paying</Button>
      </div>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <Badge>Bestseller</Badge>
        <Badge tone="info">New arrival</Badge>
        <Badge tone="success">In stock</Badge>
        <Badge tone="warning">Only 3 left</Badge>
        <Badge tone="danger">Sold out</Badge>
      </div>
      <p style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', margin: 0 }}>
        <Rating value={4.3} count={212} />
        <span>
          Was <Money value={{ amount: 4999, currency: 'EUR' }} strikethrough />
        </span>
        <strong>
          Now <Money value={{ amount: 3999, currency: 'EUR' }} />
        </strong>
      </p>
      <LoadingState label="Loading reviews…" />
      <ErrorState onRetry={() => {}} />
      <EmptyState title="No reviews yet">Be the first to share your experience.</EmptyState>
    </section>
  )
}

/** Every primitive in the light and the dark theme; the a11y run checks the contrast of both. */
const meta = {
  title: 'UI/Theme',
  tags: ['autodocs'],
  render: () => (
    <LocaleProvider locale="en">
      <div style={{ display: 'grid', gap: '1rem' }}>
        <Showcase theme="light" />
        <Showcase theme="dark" />
      </div>
    </LocaleProvider>
  ),
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const LightAndDark: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const dark = canvas.getByRole('region', { name: 'dark theme' })
    const light = canvas.getByRole('region', { name: 'light theme' })
    await expect(getComputedStyle(dark).backgroundColor).not.toBe(getComputedStyle(light).backgroundColor)
    await expect(within(dark).getByRole('button', { name: 'Checkout' })).toHaveAttribute('data-variant', 'primary')
  },
}
