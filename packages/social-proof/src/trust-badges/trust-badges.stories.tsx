import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { TrustBadges } from './trust-badges'

const meta = {
  title: 'Social proof/TrustBadges',
  tags: ['stage:decision'],
  component: TrustBadges,
  args: {
    productId: 'trail-runner-gtx',
    badges: [
      { kind: 'secure-payment', description: 'Card, PayPal and Klarna, 3-D Secure' },
      { kind: 'free-returns', description: '30 days, on every order' },
      { kind: 'guarantee', title: '2-year warranty', description: 'On soles and membranes' },
      { kind: 'custom', title: 'Carbon-neutral shipping', description: 'With DHL GoGreen' },
    ],
  },
} satisfies Meta<typeof TrustBadges>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas, loaded }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4)
    await waitFor(() => expect(storyRecorder({ loaded }).last('social_proof_viewed')?.properties.widget).toBe('trust_badges'), { timeout: 3000 })
  },
}
