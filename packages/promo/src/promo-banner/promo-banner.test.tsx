import { allTranslations } from '../locales/all'
import { mockIntersectionObserver, renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { promoStages } from '../stages'
import { freeShipping, shopTimeZone, winterSale } from './fixtures'
import { PromoBanner, type PromoBannerProps } from './promo-banner'

const preventNavigation = (event: { preventDefault(): void }) => event.preventDefault()

function renderBanner(props: Partial<PromoBannerProps> = {}, options: { wrapper?: (props: { children: ReactNode }) => ReactNode } = {}) {
  return renderWithJourney(
    <>
      <PromoBanner promotion={winterSale} slot="home-top" timeZone={shopTimeZone} onCtaClick={preventNavigation} {...props} />
      <button type="button">Account</button>
    </>,
    options,
  )
}

const viewed = {
  promotionId: 'winter-sale-2026',
  name: 'Winter sale: 20% off outdoor jackets',
  creative: 'winter-sale-banner-v2',
  slot: 'home-top',
}

describe('PromoBanner', () => {
  it('shows the promotion with its end date as a date and declares its stage', async () => {
    const { container } = renderBanner()
    const banner = screen.getByRole('region', { name: 'Winter sale: 20% off outdoor jackets' })
    expect(banner).toHaveAttribute('data-stage', 'awareness')
    expect(banner).toHaveAttribute('data-jk-promo-banner')
    expect(banner).toHaveTextContent(/Down, insulated and waterproof shell jackets/)
    expect(screen.getByText('Ends Dec 31, 2026')).toHaveAttribute('datetime', '2026-12-31T22:59:59.000Z')
    expect(screen.getByRole('link', { name: 'Shop outdoor jackets' })).toHaveAttribute(
      'href',
      '/collections/outdoor-jackets?promo=winter-sale-2026',
    )
    expect(promoStages.PromoBanner).toBe('awareness')
    await expect(container).toHaveNoAxeViolations()
  })

  it('reports one promotion_viewed with the promotion, creative and slot', () => {
    const { recorder, rerender } = renderBanner()
    rerender(<PromoBanner promotion={winterSale} slot="home-top" />)
    expect(recorder.all('promotion_viewed')).toHaveLength(1)
    expect(recorder.last('promotion_viewed')?.properties).toEqual(viewed)
    expect(recorder.last('promotion_viewed')?.source).toEqual({ block: 'PromoBanner', blockId: 'winter-sale-2026' })
  })

  it('waits until the banner has been viewable for a second', () => {
    vi.useFakeTimers()
    const observer = mockIntersectionObserver()
    try {
      const { recorder } = renderBanner()
      const banner = screen.getByRole('region')
      act(() => observer.setVisible(banner, 0.3))
      act(() => vi.advanceTimersByTime(2000))
      expect(recorder.names()).not.toContain('promotion_viewed')
      act(() => observer.setVisible(banner, 0.8))
      act(() => vi.advanceTimersByTime(1000))
      expect(recorder.last('promotion_viewed')?.properties).toEqual(viewed)
    } finally {
      observer.restore()
      vi.useRealTimers()
    }
  })

  it('reports promotion_clicked when the call to action is followed with the mouse', async () => {
    const user = userEvent.setup()
    const onCtaClick = vi.fn(preventNavigation)
    const { recorder } = renderBanner({ onCtaClick })
    await user.click(screen.getByRole('link', { name: 'Shop outdoor jackets' }))
    expect(recorder.last('promotion_clicked')?.properties).toEqual(viewed)
    expect(onCtaClick).toHaveBeenCalledOnce()
  })

  it('reports promotion_clicked when the call to action is followed with the keyboard', async () => {
    const user = userEvent.setup()
    const { recorder } = renderBanner()
    await user.tab()
    expect(screen.getByRole('link', { name: 'Shop outdoor jackets' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(recorder.all('promotion_clicked')).toHaveLength(1)
  })

  it('closes with the mouse, remembers it and moves focus to what follows', async () => {
    const user = userEvent.setup()
    const onDismiss = vi.fn()
    renderBanner({ onDismiss })
    await user.click(screen.getByRole('button', { name: 'Dismiss promotion: Winter sale: 20% off outdoor jackets' }))
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(onDismiss).toHaveBeenCalledOnce()
    expect(localStorage.getItem('jk:promo:dismissed:winter-sale-2026')).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Account' })).toHaveFocus()
  })

  it('closes with the keyboard', async () => {
    const user = userEvent.setup()
    renderBanner()
    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: /Dismiss promotion/ })).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Account' })).toHaveFocus()
  })

  it('stays hidden for a visitor who dismissed it before, without reporting a view', () => {
    localStorage.setItem('jk:promo:dismissed:winter-sale-2026', '2026-11-20T10:00:00.000Z')
    const { recorder } = renderBanner()
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(recorder.names()).not.toContain('promotion_viewed')
  })

  it('hides when the promotion is dismissed in another tab', () => {
    renderBanner()
    act(() => {
      localStorage.setItem('jk:promo:dismissed:winter-sale-2026', '2026-11-20T10:00:00.000Z')
      window.dispatchEvent(new StorageEvent('storage', { key: 'jk:promo:dismissed:winter-sale-2026' }))
    })
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })

  it('still closes when storage is blocked', async () => {
    const user = userEvent.setup()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    renderBanner()
    await user.click(screen.getByRole('button', { name: /Dismiss promotion/ }))
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })

  it('leaves a controlled dismissal to the app and never touches storage', async () => {
    const user = userEvent.setup()
    const onDismiss = vi.fn()
    const { rerender, recorder } = renderBanner({ dismissed: false, onDismiss })
    await user.click(screen.getByRole('button', { name: /Dismiss promotion/ }))
    expect(onDismiss).toHaveBeenCalledOnce()
    expect(screen.getByRole('region')).toBeInTheDocument()
    expect(localStorage.length).toBe(0)

    rerender(<PromoBanner promotion={winterSale} dismissed onDismiss={onDismiss} />)
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    expect(recorder.all('promotion_viewed')).toHaveLength(1)
  })

  it('shows a controlled banner even when a dismissal is stored', () => {
    localStorage.setItem('jk:promo:dismissed:winter-sale-2026', '2026-11-20T10:00:00.000Z')
    renderBanner({ dismissed: false })
    expect(screen.getByRole('region')).toBeInTheDocument()
  })

  it('can be made not dismissible, and needs neither an end date nor a creative', async () => {
    const { container, recorder } = renderWithJourney(<PromoBanner promotion={freeShipping} dismissible={false} />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.queryByText(/Ends/)).not.toBeInTheDocument()
    expect(recorder.last('promotion_viewed')?.properties).toEqual({
      promotionId: 'free-shipping-eu',
      name: 'Free shipping across the EU on orders over €75',
    })
    await expect(container).toHaveNoAxeViolations()
  })

  it('leaves out an invalid end date and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderBanner({ promotion: { ...winterSale, endsAt: 'end of December' } })
    expect(screen.getByRole('region')).toBeInTheDocument()
    expect(screen.queryByText(/Ends/)).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invalid date'))
  })

  it('warns in development when the promotion has no id', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderBanner({ promotion: { ...winterSale, id: '' } })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`promotion.id` and `promotion.name` are required'))
  })

  it('speaks German', () => {
    renderBanner({}, { wrapper: ({ children }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider> })
    expect(screen.getByText('Endet am 31.12.2026')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Aktion ausblenden: Winter sale: 20% off outdoor jackets' })).toBeInTheDocument()
  })
})
