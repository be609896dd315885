import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { EmailPreview } from '../preview/email-preview'
import { playInEachFrame } from '../preview/email-preview-play'
import { sampleNpsInvitation } from './fixtures'
import { npsInvitationEmail } from './nps-invitation'

const meta = {
  title: 'Email/NpsInvitation',
  tags: ['stage:advocacy'],
  component: EmailPreview<typeof sampleNpsInvitation>,
  args: { template: npsInvitationEmail, props: sampleNpsInvitation },
} satisfies Meta<typeof EmailPreview<typeof sampleNpsInvitation>>

export default meta
type Story = StoryObj<typeof meta>

/** The NPS invitation at 600 px and 375 px: eleven score links, 0 to 10, each named for screen readers. */
export const Rendered: Story = {
  play: playInEachFrame('nps_invitation', async (document, t) => {
    await expect(document.querySelector('h1')).toHaveTextContent(t('email.npsInvitation.heading', { shopName: 'Northwind Outfitters' }))
    await expect(document.querySelectorAll('a[href*="score="]')).toHaveLength(11)
    await expect(document.querySelector('a[href*="score=10"]')).toHaveAccessibleName(t('email.npsInvitation.scoreLabel', { score: 10 }))
  }),
}
