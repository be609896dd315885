import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { TrustBadges, type TrustBadge } from './trust-badges'

const BADGES: TrustBadge[] = [
  { kind: 'secure-payment', description: 'Card, PayPal and Klarna, 3-D Secure' },
  { kind: 'free-returns', description: '30 days, on every order' },
  { kind: 'guarantee', title: '2-year warranty' },
  { kind: 'custom', title: 'Carbon-neutral shipping', description: 'With DHL GoGreen' },
]

describe('TrustBadges', () => {
  it('lists each promise with a decorative icon, title and description', async () => {
    const { container, recorder } = renderWithJourney(<TrustBadges badges={BADGES} productId="trail-runner-gtx" />)
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Secure paymentCard, PayPal and Klarna, 3-D Secure',
      'Free returns30 days, on every order',
      '2-year warranty',
      'Carbon-neutral shippingWith DHL GoGreen',
    ])
    for (const item of items) expect(item.querySelector('[data-part="icon"]')).toHaveAttribute('aria-hidden', 'true')
    expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'trust_badges', productId: 'trail-runner-gtx' })
    await expect(container).toHaveNoAxeViolations()
  })

  it('skips a custom badge without a title and renders nothing without badges', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { container, rerender } = renderWithJourney(<TrustBadges badges={[{ kind: 'custom' }, { kind: 'guarantee' }]} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped a badge'))
    rerender(<TrustBadges badges={[]} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('is translated', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<TrustBadges badges={[{ kind: 'free-returns' }]} />, { wrapper })
    expect(screen.getByText('Kostenlose Rücksendung')).toBeInTheDocument()
  })
})
