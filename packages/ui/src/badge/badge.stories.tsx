import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { Badge } from './badge'

const meta = {
  title: 'UI/Badge',
  component: Badge,
  tags: ['autodocs'],
  args: { children: 'Bestseller' },
  argTypes: { tone: { control: 'inline-radio', options: ['neutral', 'info', 'success', 'warning', 'danger'] } },
} satisfies Meta<typeof Badge>

export default meta
type Story = StoryObj<typeof meta>

export const Neutral: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Bestseller')).toHaveAttribute('data-tone', 'neutral')
  },
}

export const Tones: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      <Badge {...args} tone="neutral">
        Bestseller
      </Badge>
      <Badge {...args} tone="info">
        New arrival
      </Badge>
      <Badge {...args} tone="success">
        In stock
      </Badge>
      <Badge {...args} tone="warning">
        Only 3 left
      </Badge>
      <Badge {...args} tone="danger">
        Sold out
      </Badge>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('In stock')).toHaveAttribute('data-tone', 'success')
    await expect(canvas.getByText('Sold out')).toHaveAttribute('data-tone', 'danger')
  },
}
