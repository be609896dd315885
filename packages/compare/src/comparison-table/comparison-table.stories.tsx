import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { headphoneGroups, headphones, largeComparison } from '../fixtures'
import { ComparisonTable } from './comparison-table'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Compare/ComparisonTable',
  component: ComparisonTable,
  tags: ['autodocs', 'stage:consideration'],
  args: {
    products: headphones,
    groups: headphoneGroups,
    onAddToCart: fn(async () => {}),
    onRemove: fn(),
  },
} satisfies Meta<typeof ComparisonTable>

export default meta
type Story = StoryObj<typeof meta>

/** Three headphones side by side, the consideration stage this block serves: a former price, ratings with their review counts. */
export const Consideration: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t.pattern('compare.comparisonTable.compareAt'))).toBeInTheDocument()
    await expect(canvas.getByRole('img', { name: t('ui.ratingWithCount', { value: 4.6, max: 5, count: 212 }) })).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('comparison_viewed'), { timeout: 3000 })
    await userEvent.click(canvas.getByRole('checkbox', { name: t('compare.comparisonTable.differencesOnly') }))
    await expect(canvas.queryByRole('rowheader', { name: 'Bluetooth' })).not.toBeInTheDocument()
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('comparison_changed')?.properties).toEqual({ action: 'differences', value: true }),
    )
  },
}

export const AddToCart: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: `${t('compare.comparisonTable.addToCart')} Kestrel Studio Pro` }))
    await expect(args.onAddToCart).toHaveBeenCalled()
    await waitFor(() => expect(storyRecorder({ loaded }).last('product_added')?.properties.item.quantity).toBe(1))
  },
}

export const AddToCartFails: Story = {
  args: { onAddToCart: fn(async () => Promise.reject(new Error('Cart service unavailable'))) },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: `${t('compare.comparisonTable.addToCart')} Northwind Aurora 5` }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('compare.comparisonTable.addFailed', { name: 'Northwind Aurora 5' }))
    await expect(storyRecorder({ loaded }).names()).not.toContain('product_added')
  },
}

export const RemoveProduct: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('compare.comparisonTable.remove', { name: 'Lumen Air 2' }) }))
    await expect(args.onRemove).toHaveBeenCalledWith('hp-lumen-air-2')
    await expect(canvas.getAllByRole('columnheader')).toHaveLength(2)
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('comparison_changed')?.properties).toEqual({ action: 'remove', itemId: 'hp-lumen-air-2' }),
    )
  },
}

export const CollapsedGroups: Story = {
  args: { defaultCollapsed: ['battery', 'comfort', 'connectivity'] },
  play: async ({ canvas, userEvent }) => {
    const battery = canvas.getByRole('button', { name: 'Battery' })
    await expect(battery).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(battery)
    await expect(battery).toHaveAttribute('aria-expanded', 'true')
    await expect(canvas.getByRole('rowheader', { name: 'Battery life (ANC on)' })).toBeInTheDocument()
  },
}

/** On a phone the attribute column stays put and the products scroll sideways: never squeezed. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    const region = canvas.getByRole('region', { name: t('compare.comparisonTable.caption') })
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth)
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('comparison_viewed'), { timeout: 3000 })
  },
}

/** 4 products × 60 attributes: renders and toggles without visible lag. */
export const LargeCatalog: Story = {
  args: largeComparison(4, 60),
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('checkbox', { name: t('compare.comparisonTable.differencesOnly') }))
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('comparison_changed'))
  },
}

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('ui.loading'))).toBeInTheDocument()
    await expect(storyRecorder({ loaded }).names()).not.toContain('comparison_viewed')
  },
}

export const LoadFailed: Story = {
  name: 'Error',
  args: { status: 'error', error: 'The comparison could not be loaded.', onRetry: fn() },
  play: async ({ canvas, userEvent, args, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }))
    await expect(args.onRetry).toHaveBeenCalled()
    await expect(storyRecorder({ loaded }).names()).not.toContain('comparison_viewed')
  },
}

/** Fewer than two products: explains what to do, with the app's way back to the listing. */
export const Empty: Story = {
  args: { products: headphones.slice(0, 1), emptyAction: <a href="#headphones">Browse headphones</a> },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('compare.comparisonTable.empty'))).toBeInTheDocument()
    await expect(canvas.getByRole('link', { name: 'Browse headphones' })).toBeInTheDocument()
    await expect(storyRecorder({ loaded }).names()).not.toContain('comparison_viewed')
  },
}
