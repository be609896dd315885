import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { StockNotice } from './stock-notice'

describe('StockNotice', () => {
  it('shows low stock from the real figure', async () => {
    const { container, recorder } = renderWithJourney(<StockNotice stock={3} productId="trail-runner-gtx" />)
    expect(screen.getByRole('status')).toHaveTextContent('Only 3 left')
    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'low')
    expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'stock_notice', productId: 'trail-runner-gtx' })
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows "Out of stock" at 0 and respects the threshold', () => {
    const { rerender, container } = renderWithJourney(<StockNotice stock={0} />)
    expect(screen.getByRole('status')).toHaveTextContent('Out of stock')
    rerender(<StockNotice stock={5} />)
    expect(screen.getByRole('status')).toHaveTextContent('Only 5 left')
    rerender(<StockNotice stock={6} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<StockNotice stock={8} lowStockThreshold={10} />)
    expect(screen.getByRole('status')).toHaveTextContent('Only 8 left')
  })

  it('renders nothing and warns for an invalid figure', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const stock of [Number.NaN, -1, 2.5]) {
      const { container, recorder, unmount } = renderWithJourney(<StockNotice stock={stock} />)
      expect(container).toBeEmptyDOMElement()
      expect(recorder.names()).toEqual([])
      unmount()
    }
    expect(warn).toHaveBeenCalledTimes(3)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('got NaN'))
  })

  it('is translated', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider locale="ro" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<StockNotice stock={3} />, { wrapper })
    expect(screen.getByRole('status')).toHaveTextContent('Au mai rămas doar 3 bucăți')
  })
})
