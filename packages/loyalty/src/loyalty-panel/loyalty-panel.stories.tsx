import { storyRecorder } from '@journeykit/react/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, waitFor } from 'storybook/test'
import type { LoyaltyMember } from '../program/types'
import { memberHistory, programConfig, silverMember } from './fixtures'
import { LoyaltyPanel } from './loyalty-panel'
import { storyMessage } from '../../../../.storybook/story-messages'
import { localizedProgram } from '../program/fixtures-localized'
import type { LoyaltyProgramConfig } from '../program/types'

const meta = {
  title: 'Loyalty/LoyaltyPanel',
  tags: ['stage:retention'],
  component: LoyaltyPanel,
  args: { program: programConfig, onJoin: fn(), onRetry: fn() },
  parameters: {
    journey: { initialStage: 'retention' },
    // Reward and tier names are the shop's data: shown in the story's language.
    localizeArgs: (args: { program: LoyaltyProgramConfig }, locale: string) => ({ ...args, program: localizedProgram(args.program, locale) }),
  },
} satisfies Meta<typeof LoyaltyPanel>

export default meta
type Story = StoryObj<typeof meta>

export const Guest: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('loyalty.loyaltyPanel.join') }))
    await expect(args.onJoin).toHaveBeenCalledOnce()
    await waitFor(() => expect(storyRecorder({ loaded }).last('loyalty_viewed')?.properties).toEqual({ member: false }), {
      timeout: 3000,
    })
  },
}

export const Member: Story = {
  args: { member: silverMember, history: memberHistory },
  play: async ({ canvas, loaded }) => {
    await expect(canvas.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1180')
    await waitFor(
      () => expect(storyRecorder({ loaded }).last('loyalty_viewed')?.properties).toEqual({ member: true, tier: 'silver' }),
      { timeout: 3000 },
    )
  },
}

export const TopTier: Story = {
  args: { member: { balance: 2400, lifetimePoints: 7200 }, history: memberHistory },
  play: async ({ canvas, loaded }) => {
    await expect(canvas.queryByRole('progressbar')).not.toBeInTheDocument()
    await waitFor(() => expect(storyRecorder({ loaded }).last('loyalty_viewed')?.properties.tier).toBe('platinum'), {
      timeout: 3000,
    })
  },
}

export const EmptyHistory: Story = {
  args: { member: { balance: 0, lifetimePoints: 0 }, history: [] },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('region', { name: t('loyalty.loyaltyPanel.history') })).toBeInTheDocument()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('loyalty_viewed'), { timeout: 3000 })
  },
}

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, loaded }) => {
    await expect(canvas.getByRole('status')).toBeInTheDocument()
    await expect(storyRecorder({ loaded }).names()).not.toContain('loyalty_viewed')
  },
}

export const Error: Story = {
  args: { status: 'error', member: silverMember },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('alert')).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('button'))
    await expect(args.onRetry).toHaveBeenCalledOnce()
  },
}

/** The app refetches the member after an order: the panel emits points_earned and tier_changed once. */
export const AfterAnOrder: Story = {
  args: { member: silverMember, history: memberHistory },
  render: function AfterAnOrderStory(args) {
    const [member, setMember] = useState<LoyaltyMember>(silverMember)
    return (
      <div>
        <button type="button" onClick={() => setMember({ balance: member.balance + 350, lifetimePoints: member.lifetimePoints + 350 })}>
          Place a €350 order
        </button>
        <LoyaltyPanel {...args} member={member} />
      </div>
    )
  },
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Place a €350 order' }))
    const recorder = storyRecorder({ loaded })
    await waitFor(() => expect(recorder.last('points_earned')?.properties).toMatchObject({ points: 350, balance: 1030 }))
    await expect(recorder.last('tier_changed')?.properties).toEqual({ from: 'silver', to: 'gold' })
  },
}
