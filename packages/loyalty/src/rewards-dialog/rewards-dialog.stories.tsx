import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'
import { member, programConfig, rewardCode } from './fixtures'
import { storyMessage, type StoryMessage } from '../../../../.storybook/story-messages'
import { RewardsDialog, type RewardRedemption } from './rewards-dialog'
import { localizedProgram } from '../program/fixtures-localized'
import type { LoyaltyProgramConfig } from '../program/types'

type Redeem = (rewardId: string) => Promise<RewardRedemption>

const meta = {
  title: 'Loyalty/RewardsDialog',
  tags: ['stage:retention'],
  component: RewardsDialog,
  args: {
    program: programConfig,
    member,
    onRedeem: fn<Redeem>(async () => ({ ok: true, code: rewardCode })),
  },
  parameters: {
    journey: { initialStage: 'retention' },
    // Reward and tier names are the shop's data: shown in the story's language.
    localizeArgs: (args: { program: LoyaltyProgramConfig }, locale: string) => ({ ...args, program: localizedProgram(args.program, locale) }),
  },
} satisfies Meta<typeof RewardsDialog>

export default meta
type Story = StoryObj<typeof meta>

/** The dialog is portalled to the document body. */
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body)

async function chooseAndConfirm(canvasElement: HTMLElement, user: { click(element: Element): Promise<void> }, t: StoryMessage) {
  const body = page(canvasElement)
  await user.click(body.getByRole('button', { name: t('loyalty.rewardsDialog.trigger') }))
  const dialog = await body.findByRole('dialog')
  await user.click(within(dialog).getAllByRole('radio')[0]!)
  await user.click(within(dialog).getByRole('button', { name: t('loyalty.rewardsDialog.continue') }))
  await user.click(await within(dialog).findByRole('button', { name: t('loyalty.rewardsDialog.confirm') }))
  return dialog
}

export const Redeem: Story = {
  play: async ({ canvasElement, userEvent, loaded, args }) => {
    const dialog = await chooseAndConfirm(canvasElement, userEvent, storyMessage({ loaded }))
    await expect(await within(dialog).findByDisplayValue(rewardCode)).toBeInTheDocument()
    await expect(args.onRedeem).toHaveBeenCalledWith('free-shipping')
    await waitFor(() =>
      expect(storyRecorder({ loaded }).last('reward_redeemed')?.properties).toEqual({ rewardId: 'free-shipping', points: 200 }),
    )
  },
}

export const Refused: Story = {
  args: { onRedeem: fn<Redeem>(async () => ({ ok: false, reason: 'insufficient_points' })) },
  play: async ({ canvasElement, userEvent, loaded }) => {
    const dialog = await chooseAndConfirm(canvasElement, userEvent, storyMessage({ loaded }))
    await expect(await within(dialog).findByRole('alert')).toBeInTheDocument()
    await expect(storyRecorder({ loaded }).names()).not.toContain('reward_redeemed')
  },
}

export const NetworkFailure: Story = {
  args: { onRedeem: fn<Redeem>(async () => Promise.reject(new TypeError('Failed to fetch'))) },
  play: async ({ canvasElement, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    const dialog = await chooseAndConfirm(canvasElement, userEvent, t)
    await expect(await within(dialog).findByRole('alert')).toBeInTheDocument()
    // The choice is kept for another try.
    await userEvent.click(within(dialog).getByRole('button', { name: t('loyalty.rewardsDialog.back') }))
    await expect(within(dialog).getAllByRole('radio')[0]).toBeChecked()
    await expect(storyRecorder({ loaded }).names()).not.toContain('reward_redeemed')
  },
}

export const NothingAffordable: Story = {
  args: { member: { balance: 120, lifetimePoints: 120 } },
  play: async ({ canvasElement, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    const body = page(canvasElement)
    await userEvent.click(body.getByRole('button', { name: t('loyalty.rewardsDialog.trigger') }))
    const dialog = await body.findByRole('dialog')
    for (const radio of within(dialog).getAllByRole('radio')) await expect(radio).toBeDisabled()
    await expect(storyRecorder({ loaded }).names()).not.toContain('reward_redeemed')
  },
}

/** Opens on load: on the docs page it renders in its own frame, so its modal covers only that frame. */
export const Empty: Story = {
  args: { program: { ...programConfig, rewards: [] }, defaultOpen: true },
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  play: async ({ canvasElement, loaded }) => {
    const dialog = await page(canvasElement).findByRole('dialog')
    await expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument()
    await expect(storyRecorder({ loaded }).names()).not.toContain('reward_redeemed')
  },
}
