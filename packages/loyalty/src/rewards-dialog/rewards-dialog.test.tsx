import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { member, programConfig, rewardCode } from './fixtures'
import { RewardsDialog, type RewardRedemption } from './rewards-dialog'

function setup(onRedeem: (rewardId: string) => Promise<RewardRedemption>, props: { redeemedRewardIds?: string[] } = {}) {
  const user = userEvent.setup()
  const result = renderWithJourney(<RewardsDialog program={programConfig} member={member} onRedeem={onRedeem} {...props} />)
  return { user, ...result }
}

describe('RewardsDialog', () => {
  it('chooses, confirms and shows the code; emits reward_redeemed', async () => {
    const onRedeem = vi.fn(async () => ({ ok: true as const, code: rewardCode }))
    const { user, recorder } = setup(onRedeem)

    await user.click(screen.getByRole('button', { name: 'Redeem points' }))
    const dialog = screen.getByRole('dialog', { name: 'Redeem your points' })
    expect(dialog).toHaveAttribute('data-stage', 'retention')
    expect(dialog).toHaveAccessibleDescription('You have 680 points.')
    const group = within(dialog).getByRole('group', { name: 'Choose a reward' })
    expect(within(group).getByRole('radio', { name: /€15 off your next order/ })).toBeDisabled()
    expect(within(group).getByRole('radio', { name: /€15 off/ })).toHaveAccessibleDescription('Unlocks at Gold')
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled()
    await expect(document.body).toHaveNoAxeViolations()

    await user.click(within(group).getByRole('radio', { name: /€5 off your next order/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('heading', { name: 'Confirm your reward' })).toHaveFocus()
    expect(screen.getByText('Redeem “€5 off your next order” for 500 points? You will have 180 points left.')).toBeInTheDocument()
    await expect(document.body).toHaveNoAxeViolations()

    await user.click(screen.getByRole('button', { name: 'Redeem now' }))
    expect(await screen.findByRole('heading', { name: 'Your reward is ready' })).toHaveFocus()
    expect(onRedeem).toHaveBeenCalledWith('five-off')
    expect(screen.getByRole('textbox', { name: 'Use this code at checkout' })).toHaveValue(rewardCode)
    expect(recorder.last('reward_redeemed')?.properties).toEqual({ rewardId: 'five-off', points: 500 })

    await user.click(screen.getByRole('button', { name: 'Copy code' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'))
    expect(await navigator.clipboard.readText()).toBe(rewardCode)
    await expect(document.body).toHaveNoAxeViolations()

    await user.click(screen.getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Redeem points' })).toHaveFocus()
  })

  it('works with the keyboard alone: arrows choose, Enter continues and confirms', async () => {
    const onRedeem = vi.fn(async () => ({ ok: true as const, code: rewardCode }))
    const { user } = setup(onRedeem)
    screen.getByRole('button', { name: 'Redeem points' }).focus()
    await user.keyboard('{Enter}')
    const first = screen.getByRole('radio', { name: /Free shipping/ })
    first.focus()
    await user.keyboard(' ')
    expect(first).toBeChecked()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('radio', { name: /€5 off your next order/ })).toBeChecked()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('heading', { name: 'Confirm your reward' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Redeem now' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { name: 'Your reward is ready' })).toBeInTheDocument()
    expect(onRedeem).toHaveBeenCalledWith('five-off')
  })

  it('shows a refusal without losing the choice, and succeeds on retry', async () => {
    const onRedeem = vi
      .fn<(rewardId: string) => Promise<RewardRedemption>>()
      .mockResolvedValueOnce({ ok: false, reason: 'insufficient_points' })
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce({ ok: true, code: rewardCode })
    const { user, recorder } = setup(onRedeem)
    await user.click(screen.getByRole('button', { name: 'Redeem points' }))
    await user.click(screen.getByRole('radio', { name: /Organic cotton tote bag/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await user.click(screen.getByRole('button', { name: 'Redeem now' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have enough points for this reward.')
    await expect(document.body).toHaveNoAxeViolations()

    await user.click(screen.getByRole('button', { name: 'Redeem now' }))
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The reward could not be redeemed. Please try again.'))
    expect(recorder.names()).not.toContain('reward_redeemed')

    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByRole('radio', { name: /Organic cotton tote bag/ })).toBeChecked()
    expect(screen.getByRole('radio', { name: /Organic cotton tote bag/ })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('button', { name: 'Redeem now' }))
    expect(await screen.findByRole('heading', { name: 'Your reward is ready' })).toBeInTheDocument()
    expect(onRedeem).toHaveBeenCalledTimes(3)
    expect(recorder.all('reward_redeemed').map((event) => event.properties)).toEqual([{ rewardId: 'welcome-tote', points: 300 }])
  })

  it.each([
    ['tier_too_low', 'This reward needs a higher tier.'],
    ['already_redeemed', 'You have already redeemed this reward.'],
    ['unknown_reward', 'This reward is not available right now.'],
    ['reward_unavailable', 'This reward is not available right now.'],
  ] as const)('explains the refusal %s', async (reason, message) => {
    const { user } = setup(async () => ({ ok: false, reason }))
    await user.click(screen.getByRole('button', { name: 'Redeem points' }))
    await user.click(screen.getByRole('radio', { name: /Free shipping/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('button', { name: 'Redeem now' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
  })

  it('disables one-time rewards already redeemed and rewards out of reach', async () => {
    const { user } = setup(vi.fn(), { redeemedRewardIds: ['welcome-tote'] })
    await user.click(screen.getByRole('button', { name: 'Redeem points' }))
    expect(screen.getByRole('radio', { name: /tote bag/ })).toHaveAccessibleDescription('Already redeemed')
    expect(screen.getByRole('radio', { name: /tote bag/ })).toBeDisabled()
    expect(screen.queryByRole('radio', { name: /winter sale/ })).not.toBeInTheDocument()
  })

  it('says how many points are missing', async () => {
    const user = userEvent.setup()
    renderWithJourney(<RewardsDialog program={programConfig} member={{ balance: 150, lifetimePoints: 150 }} onRedeem={vi.fn()} defaultOpen />)
    expect(screen.getByRole('radio', { name: /Free shipping/ })).toHaveAccessibleDescription('50 points to go')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('copies with the execCommand fallback where the Clipboard API is missing', async () => {
    const { user } = setup(async () => ({ ok: true, code: rewardCode }))
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    const execCommand = vi.fn(() => true)
    document.execCommand = execCommand
    await user.click(screen.getByRole('button', { name: 'Redeem points' }))
    await user.click(screen.getByRole('radio', { name: /Free shipping/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('button', { name: 'Redeem now' }))
    await user.click(await screen.findByRole('button', { name: 'Copy code' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'))
    expect(execCommand).toHaveBeenCalledWith('copy')
    const input = screen.getByRole<HTMLInputElement>('textbox')
    expect(input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)).toBe(rewardCode)
  })

  it('shows the empty state when nothing can be redeemed', async () => {
    const program = { ...programConfig, rewards: [] }
    renderWithJourney(<RewardsDialog program={program} member={member} onRedeem={vi.fn()} defaultOpen />)
    expect(screen.getByText('No rewards available right now.')).toBeInTheDocument()
    await expect(document.body).toHaveNoAxeViolations()
  })

  it('is translated', () => {
    const Romanian = ({ children }: { children: ReactNode }) => <LocaleProvider locale="ro" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<RewardsDialog program={programConfig} member={member} onRedeem={vi.fn()} defaultOpen />, { wrapper: Romanian })
    expect(screen.getByRole('dialog', { name: 'Folosește-ți punctele' })).toHaveAccessibleDescription('Ai 680 de puncte.')
    expect(screen.getByRole('group', { name: 'Alege o recompensă' })).toBeInTheDocument()
  })
})
