import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'
import { CompareCheckbox } from '../compare-checkbox/compare-checkbox'
import { ComparisonTable } from '../comparison-table/comparison-table'
import { headphoneGroups, headphones } from '../fixtures'
import { getCompareStore } from '../use-compare/compare-store'
import { useCompare } from '../use-compare/use-compare'
import { CompareTray, type CompareTrayProps } from './compare-tray'
import { storyMessage } from '../../../../.storybook/story-messages'

/** A product listing whose cards carry the CompareCheckbox, with the tray under it. */
function Listing(props: CompareTrayProps) {
  const compare = useCompare({ listId: props.listId, max: props.max })
  return (
    <div>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', padding: 0, listStyle: 'none' }}>
        {headphones.map((product) => (
          <li key={product.id} style={{ border: '1px solid var(--jk-color-border)', borderRadius: 8, padding: '0.75rem', width: 200 }}>
            {product.image && <img src={product.image.src} alt={product.image.alt} width={64} height={64} />}
            <p style={{ margin: '0.5rem 0', fontWeight: 600 }}>{product.name}</p>
            <CompareCheckbox listId={props.listId} max={props.max} product={{ id: product.id, name: product.name, image: product.image }} />
          </li>
        ))}
      </ul>
      <CompareTray
        {...props}
        renderComparison={
          props.renderComparison &&
          ((ids) => (
            <ComparisonTable
              products={headphones.filter((product) => ids.includes(product.id))}
              groups={headphoneGroups}
              onRemove={compare.remove}
            />
          ))
        }
      />
    </div>
  )
}

const meta = {
  title: 'Compare/CompareTray',
  component: CompareTray,
  tags: ['autodocs', 'stage:consideration'],
  render: (args) => <Listing {...args} />,
  args: { listId: 'story-headphones', onCompare: fn() },
  // Each story starts with nothing picked.
  beforeEach: ({ args }) => getCompareStore(args.listId).clear(),
} satisfies Meta<typeof CompareTray>

export default meta
type Story = StoryObj<typeof meta>

/** Pick products on their cards, then hand the ids to the app's comparison route. */
export const Consideration: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Northwind Aurora 5` }))
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Lumen Air 2` }))
    await waitFor(() => expect(storyRecorder({ loaded }).all('comparison_changed')).toHaveLength(2))
    const tray = canvas.getByRole('region', { name: t('compare.compareTray.title') })
    await expect(tray.querySelectorAll('[data-part="thumbnail"]')).toHaveLength(2)
    await userEvent.click(canvas.getByRole('button', { name: t('compare.compareTray.compare', { count: 2 }) }))
    await expect(args.onCompare).toHaveBeenCalledWith(['hp-aurora-5', 'hp-lumen-air-2'])
  },
}

/** "Compare (n)" opens the ComparisonTable in a dialog. */
export const InDialog: Story = {
  args: { listId: 'story-headphones-dialog', renderComparison: () => null },
  play: async ({ canvas, canvasElement, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Northwind Aurora 5` }))
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Kestrel Studio Pro` }))
    await userEvent.click(canvas.getByRole('button', { name: t('compare.compareTray.compare', { count: 2 }) }))
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: t('compare.compareTray.title') })
    await expect(within(dialog).getByRole('table', { name: t('compare.comparisonTable.caption') })).toBeInTheDocument()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('comparison_viewed'), { timeout: 3000 })
  },
}

export const RemoveAndClear: Story = {
  args: { listId: 'story-headphones-remove' },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Northwind Aurora 5` }))
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Kestrel Studio Pro` }))
    await userEvent.click(canvas.getByRole('button', { name: t('compare.compareTray.remove', { name: 'Northwind Aurora 5' }) }))
    await expect(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Northwind Aurora 5` })).not.toBeChecked()
    await userEvent.click(canvas.getByRole('button', { name: t('compare.compareTray.clear') }))
    await expect(canvas.queryByRole('region', { name: t('compare.compareTray.title') })).not.toBeInTheDocument()
    await waitFor(() => expect(storyRecorder({ loaded }).last('comparison_changed')?.properties).toEqual({ action: 'remove' }))
  },
}

/** With a limit of one product, the explanation is in the singular. */
export const LimitOfOne: Story = {
  args: { listId: 'story-headphones-limit-one', max: 1 },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Northwind Aurora 5` }))
    await expect(canvas.getByText(t('compare.compareTray.limit', { count: 1 }))).toBeInTheDocument()
    await waitFor(() => expect(storyRecorder({ loaded }).all('comparison_changed')).toHaveLength(1))
  },
}

/** The limit (here 2) is explained on the card and in the tray. */
export const LimitReached: Story = {
  args: { listId: 'story-headphones-limit', max: 2 },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Northwind Aurora 5` }))
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Kestrel Studio Pro` }))
    await userEvent.click(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Lumen Air 2` }))
    await expect(canvas.getByRole('checkbox', { name: `${t('compare.compareTray.checkbox')} Lumen Air 2` })).not.toBeChecked()
    await expect(canvas.getAllByText(t('compare.compareTray.limit', { count: 2 }))).toHaveLength(2)
    await expect(storyRecorder({ loaded }).all('comparison_changed')).toHaveLength(2)
  },
}
