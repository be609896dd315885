import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { getCompareStore } from '../use-compare/compare-store'
import { CompareCheckbox } from './compare-checkbox'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Compare/CompareCheckbox',
  component: CompareCheckbox,
  tags: ['autodocs', 'stage:consideration'],
  args: { listId: 'story-checkbox', product: { id: 'hp-kestrel-studio', name: 'Kestrel Studio Pro' } },
  beforeEach: ({ args }) => getCompareStore(args.listId).clear(),
} satisfies Meta<typeof CompareCheckbox>

export default meta
type Story = StoryObj<typeof meta>

/** On a product card of a listing, where visitors start weighing options. */
export const Consideration: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    const checkbox = canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Kestrel Studio Pro` })
    await userEvent.click(checkbox)
    await expect(checkbox).toBeChecked()
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('comparison_changed')?.properties).toEqual({ action: 'add', itemId: 'hp-kestrel-studio' }),
    )
    await userEvent.click(checkbox)
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('comparison_changed')?.properties).toEqual({ action: 'remove', itemId: 'hp-kestrel-studio' }),
    )
  },
}

/** With the limit reached, the box stays unchecked and says why. */
export const LimitReached: Story = {
  args: { listId: 'story-checkbox-limit', max: 2 },
  beforeEach: ({ args }) => {
    const store = getCompareStore(args.listId)
    store.clear()
    store.add({ id: 'hp-aurora-5', name: 'Northwind Aurora 5' }, 2)
    store.add({ id: 'hp-lumen-air-2', name: 'Lumen Air 2' }, 2)
  },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Kestrel Studio Pro` }))
    await expect(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Kestrel Studio Pro` })).not.toBeChecked()
    await expect(canvas.getByText(t('compare.compareTray.limit', { count: 2 }))).toBeInTheDocument()
    await expect(storyRecorder({ loaded }).names()).not.toContain('comparison_changed')
  },
}
