import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { LocaleProvider } from '../locale/locale-provider'
import { Rating } from './rating'

const meta = {
  title: 'UI/Rating',
  component: Rating,
  tags: ['autodocs'],
  args: { value: 4.2 },
  argTypes: {
    value: { control: { type: 'range', min: 0, max: 5, step: 0.1 } },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  decorators: [
    (Story) => (
      <LocaleProvider locale="en">
        <Story />
      </LocaleProvider>
    ),
  ],
} satisfies Meta<typeof Rating>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const rating = within(canvasElement).getByRole('img', { name: '4.2 out of 5 stars' })
    const stars = rating.querySelector<HTMLElement>('[data-part="stars"]')
    // 4 stars and their gaps (4.4em) and a fifth of the fifth star, of a 5.4em row
    await expect(stars?.style.getPropertyValue('--jk-rating')).toBe('85.2%')
  },
}

export const WithReviewCount: Story = {
  args: { value: 4.6, count: 1284 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('img', { name: '4.6 out of 5 stars, 1,284 reviews' }),
    ).toBeVisible()
  },
}

export const German: Story = {
  args: { value: 4.2, count: 37 },
  decorators: [
    (Story) => (
      <LocaleProvider locale="de">
        <Story />
      </LocaleProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('img', { name: '4,2 von 5 Sternen, 37 Bewertungen' }),
    ).toBeVisible()
  },
}

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
      <Rating {...args} size="sm" value={3.5} />
      <Rating {...args} size="md" value={4} />
      <Rating {...args} size="lg" value={4.8} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('img', { name: '3.5 out of 5 stars' })).toHaveAttribute('data-size', 'sm')
    await expect(canvas.getByRole('img', { name: '4.8 out of 5 stars' })).toHaveAttribute('data-size', 'lg')
  },
}
