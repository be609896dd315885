import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { memberHistory, programConfig, silverMember } from './fixtures'
import { LoyaltyPanel } from './loyalty-panel'

describe('LoyaltyPanel', () => {
  it('invites a guest to join, by mouse and keyboard, and shows the ways to earn', async () => {
    const user = userEvent.setup()
    const onJoin = vi.fn()
    const { container, recorder } = renderWithJourney(<LoyaltyPanel program={programConfig} onJoin={onJoin} />)

    const panel = screen.getByRole('region', { name: 'Rewards club' })
    expect(panel).toHaveAttribute('data-stage', 'retention')
    expect(panel).toHaveAttribute('data-state', 'guest')
    expect(screen.getByText('1 point for every €1.00 spent')).toBeInTheDocument()
    const earn = within(screen.getByRole('region', { name: 'Ways to earn' }))
    expect(earn.getByText('Write a review')).toBeInTheDocument()
    expect(earn.getByText('+500 points')).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Join now' }))
    screen.getByRole('button', { name: 'Join now' }).focus()
    await user.keyboard('{Enter}')
    expect(onJoin).toHaveBeenCalledTimes(2)
    expect(recorder.last('loyalty_viewed')?.properties).toEqual({ member: false })
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows a member their balance, tier and progress to the next tier', async () => {
    const { container, recorder } = renderWithJourney(
      <LoyaltyPanel program={programConfig} member={silverMember} history={memberHistory} />,
    )
    expect(screen.getByText('680 points')).toBeInTheDocument()
    expect(screen.getByText('Silver member')).toBeInTheDocument()
    const progress = screen.getByRole('progressbar', { name: 'Progress to Gold' })
    expect(progress).toHaveAttribute('aria-valuemin', '500')
    expect(progress).toHaveAttribute('aria-valuemax', '1500')
    expect(progress).toHaveAttribute('aria-valuenow', '1180')
    expect(progress).toHaveAttribute('aria-valuetext', '320 points to Gold')
    expect(screen.getByText('320 points to Gold')).toBeInTheDocument()
    expect(recorder.last('loyalty_viewed')?.properties).toEqual({ member: true, tier: 'silver' })
    expect(recorder.names()).not.toContain('points_earned')
    await expect(container).toHaveNoAxeViolations()
  })

  it('splits rewards into affordable ones and those still missing points or a tier', () => {
    renderWithJourney(<LoyaltyPanel program={programConfig} member={{ balance: 250, lifetimePoints: 1180 }} />)
    const available = screen.getByRole('heading', { name: 'Available now' }).nextElementSibling as HTMLElement
    expect(within(available).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Free shipping on your next order 200 points',
    ])
    const later = screen.getByRole('heading', { name: 'Keep collecting' }).nextElementSibling as HTMLElement
    expect(within(later).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '€5 off your next order 500 points 250 points to go',
      'Organic cotton tote bag 300 points 50 points to go',
      '€15 off your next order 1,200 points Unlocks at Gold',
    ])
    // Unavailable rewards are not offered at all.
    expect(screen.queryByText('Early access to the winter sale')).not.toBeInTheDocument()
  })

  it('lists the newest history first with localised dates and signed points', () => {
    renderWithJourney(<LoyaltyPanel program={programConfig} member={silverMember} history={memberHistory} historyLimit={4} />)
    const items = within(screen.getByRole('region', { name: 'Recent activity' })).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Order SO-10482 Oct 28, 2026 +129 points',
      'Redeemed: €5 off your next order Oct 2, 2026 -500 points',
      'Write a review Sep 18, 2026 +50 points',
      'Refund of order SO-10177 Aug 30, 2026 -89 points',
    ])
  })

  it('shows an empty history', async () => {
    const { container } = renderWithJourney(<LoyaltyPanel program={programConfig} member={{ balance: 0, lifetimePoints: 0 }} history={[]} />)
    expect(screen.getByText('No activity yet. Your next order earns points.')).toBeInTheDocument()
    expect(screen.getByText('Bronze member')).toBeInTheDocument()
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '500 points to Silver')
    await expect(container).toHaveNoAxeViolations()
  })

  it('tells a top-tier member there is no next tier', () => {
    renderWithJourney(<LoyaltyPanel program={programConfig} member={{ balance: 2400, lifetimePoints: 7200 }} />)
    expect(screen.getByText('Platinum member')).toBeInTheDocument()
    expect(screen.getByText('You have reached our top tier.')).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
  })

  it('shows loading without an impression, then an error with retry', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { container, recorder, rerender } = renderWithJourney(<LoyaltyPanel program={programConfig} status="loading" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    expect(recorder.names()).not.toContain('loyalty_viewed')
    await expect(container).toHaveNoAxeViolations()

    rerender(<LoyaltyPanel program={programConfig} status="error" onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
    await expect(container).toHaveNoAxeViolations()
  })

  it('emits points_earned and tier_changed once per change of the member prop', () => {
    const { recorder, rerender } = renderWithJourney(
      <LoyaltyPanel program={programConfig} member={silverMember} history={memberHistory} />,
    )
    const afterOrder = { balance: 1030, lifetimePoints: 1530 }
    const withOrder = [
      {
        id: 'earn:SO-10533',
        customerId: 'cus_anna',
        kind: 'earn' as const,
        points: 350,
        reason: 'order',
        orderId: 'SO-10533',
        occurredAt: '2026-11-20T10:00:00.000Z',
      },
      ...memberHistory,
    ]
    rerender(<LoyaltyPanel program={programConfig} member={afterOrder} history={withOrder} />)
    rerender(<LoyaltyPanel program={programConfig} member={{ ...afterOrder }} history={withOrder} />)

    expect(recorder.all('points_earned').map((event) => event.properties)).toEqual([
      { points: 350, balance: 1030, reason: 'order' },
    ])
    expect(recorder.all('tier_changed').map((event) => event.properties)).toEqual([{ from: 'silver', to: 'gold' }])
    expect(screen.getByText('Gold member')).toBeInTheDocument()

    // Spending is not earning.
    rerender(<LoyaltyPanel program={programConfig} member={{ balance: 830, lifetimePoints: 1530 }} history={withOrder} />)
    expect(recorder.all('points_earned')).toHaveLength(1)
  })

  it('survives bad member data with a dev warning and treats it as a guest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderWithJourney(<LoyaltyPanel program={programConfig} member={{ balance: Number.NaN, lifetimePoints: 10 }} />)
    expect(screen.getByText('Join for free and turn every order into rewards.')).toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('LoyaltyPanel'))
  })

  it('labels unknown earn actions from actionLabels, or the key with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const program = { ...programConfig, earn: { ...programConfig.earn, actions: { instagram: 30, newsletter: 20 } } }
    renderWithJourney(<LoyaltyPanel program={program} actionLabels={{ instagram: 'Follow us on Instagram' }} />)
    expect(screen.getByText('Follow us on Instagram')).toBeInTheDocument()
    expect(screen.getByText('newsletter')).toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('newsletter'))
  })

  it('is translated', () => {
    const German = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<LoyaltyPanel program={programConfig} member={silverMember} history={memberHistory} />, { wrapper: German })
    expect(screen.getByRole('region', { name: 'Treueclub' })).toBeInTheDocument()
    expect(screen.getByText('Silver-Mitglied')).toBeInTheDocument()
    expect(screen.getByText('Noch 320 Punkte bis Gold')).toBeInTheDocument()
    expect(screen.getByText('1 Punkt für je 1,00 € Einkaufswert')).toBeInTheDocument()
    expect(screen.getByText('28.10.2026')).toBeInTheDocument()
  })
})
