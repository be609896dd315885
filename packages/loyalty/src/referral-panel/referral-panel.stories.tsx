import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { referral, referralStats } from './fixtures'
import { ReferralPanel } from './referral-panel'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'Loyalty/ReferralPanel',
  tags: ['stage:advocacy'],
  component: ReferralPanel,
  args: { ...referral, onRetry: fn() },
  parameters: { journey: { initialStage: 'advocacy' } },
} satisfies Meta<typeof ReferralPanel>

export default meta
type Story = StoryObj<typeof meta>

/** Story tests cannot rely on clipboard permission in headless Chromium: a resolving writeText stands in. */
function stubClipboard() {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: fn(async () => {}) }, configurable: true })
  return () => {
    if (original) Object.defineProperty(navigator, 'clipboard', original)
    else Reflect.deleteProperty(navigator, 'clipboard')
  }
}

export const Copy: Story = {
  beforeEach: stubClipboard,
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.referralPanel.copyLink') }))
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('referral_shared')?.properties).toEqual({ channel: 'copy', referralCode: 'K7MX2QPA' }),
    )
    await expect(canvas.getByRole('status')).not.toBeEmptyDOMElement()
  },
}

export const WithStats: Story = {
  args: { stats: referralStats },
  beforeEach: () => {
    // Keep the story page where it is when the email link is followed.
    const stay = (event: MouseEvent) => event.preventDefault()
    document.addEventListener('click', stay, true)
    return () => document.removeEventListener('click', stay, true)
  },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText('7')).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('link', { name: t.partial('loyalty.referralPanel.email') }))
    await waitFor(() => expect(storyRecorder({ loaded }).last('referral_shared')?.properties.channel).toBe('email'))
  },
}

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, loaded }) => {
    await expect(canvas.getByRole('status')).toBeInTheDocument()
    await expect(storyRecorder({ loaded }).names()).not.toContain('referral_shared')
  },
}

export const Error: Story = {
  args: { status: 'error' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('alert')).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('button'))
    await expect(args.onRetry).toHaveBeenCalledOnce()
  },
}
