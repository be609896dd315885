import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { sampleReferralReward } from './fixtures'
import { referralRewardEmail } from './referral-reward'

const meta = {
  title: 'Email/ReferralReward',
  tags: ['stage:advocacy'],
  component: EmailPreview<typeof sampleReferralReward>,
  args: { template: referralRewardEmail, props: sampleReferralReward },
} satisfies Meta<typeof EmailPreview<typeof sampleReferralReward>>

export default meta
type Story = StoryObj<typeof meta>

/** The referral reward at 600 px and 375 px: points earned, the new balance, the link to share again. */
export const Rendered: Story = {
  play: playInEachFrame('referral_reward', async (document, t) => {
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.referralReward.heading'))
    await expect(document.body).toHaveTextContent(t('email.referralReward.points', { count: 500 }))
    await expect(document.querySelector('a[href*="/r/ADA-7K2Q"]')).toHaveTextContent(t('email.referralReward.shareAgain'))
  }),
}
