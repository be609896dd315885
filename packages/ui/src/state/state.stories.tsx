import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Button } from '../button/button'
import { LocaleProvider } from '../locale/locale-provider'
import { EmptyState, ErrorState, LoadingState } from './state'

const meta = {
  title: 'UI/State',
  component: LoadingState,
  tags: ['autodocs'],
  decorators: [
    (Story) => (
      <LocaleProvider locale="en">
        <Story />
      </LocaleProvider>
    ),
  ],
} satisfies Meta<typeof LoadingState>

export default meta
type Story = StoryObj<typeof meta>

export const Loading: Story = {
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status')
    await expect(status).toHaveTextContent('Loading…')
    await expect(status).toHaveAttribute('aria-live', 'polite')
  },
}

export const LoadingWithLabel: Story = {
  args: { label: 'Loading reviews…' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading reviews…')
  },
}

const onRetry = fn()

export const ErrorWithRetry: Story = {
  render: () => <ErrorState message="Reviews could not be loaded." onRetry={onRetry} />,
  play: async ({ canvasElement }) => {
    onRetry.mockClear()
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('Reviews could not be loaded.')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(onRetry).toHaveBeenCalledOnce()
  },
}

export const ErrorInGerman: Story = {
  render: () => (
    <LocaleProvider locale="de">
      <ErrorState onRetry={() => {}} />
    </LocaleProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('Etwas ist schiefgelaufen.')
    await expect(canvas.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible()
  },
}

const onBrowse = fn()

export const Empty: Story = {
  render: () => (
    <EmptyState
      title="No reviews yet"
      action={
        <Button variant="secondary" onClick={onBrowse}>
          Write the first review
        </Button>
      }
    >
      Bought this product? Tell others what you think.
    </EmptyState>
  ),
  play: async ({ canvasElement }) => {
    onBrowse.mockClear()
    const canvas = within(canvasElement)
    await expect(canvas.getByText('No reviews yet')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Write the first review' }))
    await expect(onBrowse).toHaveBeenCalledOnce()
  },
}
