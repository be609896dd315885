import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { referral, referralStats } from './fixtures'
import { ReferralPanel } from './referral-panel'

// jsdom cannot follow links; the test only needs to know they were clicked.
const stopNavigation = (event: MouseEvent) => event.preventDefault()
beforeEach(() => document.addEventListener('click', stopNavigation))
afterEach(() => {
  document.removeEventListener('click', stopNavigation)
  Reflect.deleteProperty(navigator, 'share')
})

describe('ReferralPanel', () => {
  it('states the give-get offer, the link, the code and the stats', async () => {
    const { container } = renderWithJourney(<ReferralPanel {...referral} stats={referralStats} />)
    const panel = screen.getByRole('region', { name: 'Give €10.00, get €10.00' })
    expect(panel).toHaveAttribute('data-stage', 'advocacy')
    expect(screen.getByText('Your friend gets €10.00 off their first order. You get €10.00 once they have placed it.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Your referral link' })).toHaveValue('https://shop.example/r/K7MX2QPA')
    expect(screen.getByRole('textbox', { name: 'Your referral code' })).toHaveValue('K7MX2QPA')
    const stats = within(screen.getByRole('region', { name: 'Your referrals' }))
    expect(stats.getByText('Invited').nextSibling).toHaveTextContent('7')
    expect(stats.getByText('Ordered').nextSibling).toHaveTextContent('3')
    expect(stats.getByText('Earned').nextSibling).toHaveTextContent('€30.00')
    await expect(container).toHaveNoAxeViolations()
  })

  it('copies the link and the code, announces it, and emits referral_shared', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<ReferralPanel {...referral} />)
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'))
    expect(await navigator.clipboard.readText()).toBe('https://shop.example/r/K7MX2QPA')
    expect(recorder.last('referral_shared')?.properties).toEqual({ channel: 'copy', referralCode: 'K7MX2QPA' })

    screen.getByRole('button', { name: 'Copy code' }).focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(recorder.all('referral_shared')).toHaveLength(2))
    expect(await navigator.clipboard.readText()).toBe('K7MX2QPA')
  })

  it('falls back to selecting the text and execCommand, and says so when that fails too', async () => {
    const user = userEvent.setup()
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    const execCommand = vi.fn(() => false)
    document.execCommand = execCommand
    const { recorder } = renderWithJourney(<ReferralPanel {...referral} />)
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not copy. Select the text and copy it yourself.'))
    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(recorder.names()).not.toContain('referral_shared')

    execCommand.mockReturnValue(true)
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'))
    expect(recorder.last('referral_shared')?.properties.channel).toBe('copy')
  })

  it('offers URL-encoded share links and tracks each channel', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<ReferralPanel {...referral} />)
    const list = within(screen.getByRole('list', { name: 'Share via' }))
    const email = list.getByRole('link', { name: 'Email' })
    expect(email.getAttribute('href')).toMatch(/^mailto:\?subject=A%20gift%20for%20you%3A%20%E2%82%AC10\.00%20off/)
    const whatsapp = list.getByRole('link', { name: 'WhatsApp (opens in a new tab)' })
    expect(new URL(whatsapp.getAttribute('href')!).searchParams.get('text')).toBe(
      'I shop here and think you’ll like it. Use my code K7MX2QPA for €10.00 off your first order. https://shop.example/r/K7MX2QPA',
    )
    expect(whatsapp).toHaveAttribute('rel', 'noopener noreferrer')
    const x = list.getByRole('link', { name: 'X (opens in a new tab)' })
    expect(new URL(x.getAttribute('href')!).searchParams.get('url')).toBe('https://shop.example/r/K7MX2QPA')

    await user.click(email)
    await user.click(whatsapp)
    x.focus()
    await user.keyboard('{Enter}')
    expect(recorder.all('referral_shared').map((event) => event.properties.channel)).toEqual(['email', 'whatsapp', 'x'])
  })

  it('uses the Web Share API where it exists; a cancelled share is not tracked', async () => {
    const user = userEvent.setup()
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockRejectedValueOnce(new DOMException('cancelled', 'AbortError')).mockResolvedValueOnce()
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    const { recorder, container } = renderWithJourney(<ReferralPanel {...referral} />)
    const button = await screen.findByRole('button', { name: 'Share…' })

    await user.click(button)
    expect(recorder.names()).not.toContain('referral_shared')
    await user.click(button)
    await waitFor(() => expect(recorder.last('referral_shared')?.properties).toEqual({ channel: 'share', referralCode: 'K7MX2QPA' }))
    expect(share).toHaveBeenCalledWith({
      title: 'A gift for you: €10.00 off your first order',
      text: 'I shop here and think you’ll like it. Use my code K7MX2QPA for €10.00 off your first order.',
      url: 'https://shop.example/r/K7MX2QPA',
    })
    await expect(container).toHaveNoAxeViolations()
  })

  it('has no share button without the Web Share API', () => {
    renderWithJourney(<ReferralPanel {...referral} />)
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument()
  })

  it('shows loading and error states', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { container, rerender } = renderWithJourney(<ReferralPanel {...referral} status="loading" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    await expect(container).toHaveNoAxeViolations()
    rerender(<ReferralPanel {...referral} status="error" error="Your referral link could not be loaded." onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Your referral link could not be loaded.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows an error with a dev warning when the code or link is missing, and "—" for broken stats', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = renderWithJourney(<ReferralPanel {...referral} referralCode="" />)
    expect(screen.getByRole('alert')).toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('referralCode'))
    rerender(<ReferralPanel {...referral} stats={{ invited: Number.NaN, converted: 1, earned: { amount: Number.NaN, currency: 'EUR' } }} />)
    expect(screen.getByText('Invited').nextSibling).toHaveTextContent('—')
    expect(screen.getByText('Earned').nextSibling).toHaveTextContent('—')
  })

  it('is translated', () => {
    const Chinese = ({ children }: { children: ReactNode }) => <LocaleProvider locale="zh-CN" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<ReferralPanel {...referral} stats={referralStats} />, { wrapper: Chinese })
    expect(screen.getByRole('region', { name: '送好友 €10.00，您得 €10.00' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '复制链接' })).toBeInTheDocument()
  })
})
