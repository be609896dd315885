import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { LocaleProvider } from '../locale/locale-provider'
import { Money } from './money'

// Intl uses non-breaking spaces ("19,99 €"); compare with plain ones.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

const meta = {
  title: 'UI/Money',
  component: Money,
  tags: ['autodocs'],
  args: { value: { amount: 1999, currency: 'EUR' } },
} satisfies Meta<typeof Money>

export default meta
type Story = StoryObj<typeof meta>

export const Euro: Story = {
  decorators: [
    (Story) => (
      <LocaleProvider locale="en">
        <Story />
      </LocaleProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('€19.99')).toHaveAttribute('data-jk-money')
  },
}

export const German: Story = {
  decorators: [
    (Story) => (
      <LocaleProvider locale="de-DE">
        <Story />
      </LocaleProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const money = canvasElement.querySelector('[data-jk-money]')
    await expect(plain(money?.textContent ?? null)).toBe('19,99 €')
  },
}

export const YenHasNoMinorUnits: Story = {
  args: { value: { amount: 1500, currency: 'JPY' } },
  decorators: [
    (Story) => (
      <LocaleProvider locale="en">
        <Story />
      </LocaleProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('¥1,500')).toBeVisible()
  },
}

/** A compare-at price: the old price struck through, with its context in the text. */
export const CompareAtPrice: Story = {
  render: () => (
    <LocaleProvider locale="en">
      <p style={{ display: 'flex', gap: '0.5rem', alignItems: 'baseline', margin: 0 }}>
        <span>
          Was <Money value={{ amount: 4999, currency: 'USD' }} strikethrough />
        </span>
        <strong>
          Now <Money value={{ amount: 3499, currency: 'USD' }} />
        </strong>
      </p>
    </LocaleProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('$49.99').tagName).toBe('S')
    await expect(canvas.getByText('$34.99').tagName).toBe('SPAN')
  },
}
