import { allTranslations } from '../locales/all'
import { createRecorder, renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { PRODUCT_ID, PRODUCT_NAME, PRODUCT_PRICE, REVIEWS } from '../fixtures'
import { summarizeReviews } from '../shared/review-stats'
import { RatingSummary } from './rating-summary'

const summary = summarizeReviews(REVIEWS)

/** A recorder whose visitor is already comparing products (consideration stage). */
function consideringRecorder() {
  const recorder = createRecorder()
  recorder.journey.track('product_viewed', { item: { id: PRODUCT_ID, name: PRODUCT_NAME, price: PRODUCT_PRICE } })
  recorder.clear()
  return recorder
}

describe('RatingSummary', () => {
  it('shows the full summary with a histogram to a visitor in consideration', async () => {
    const { container, recorder } = renderWithJourney(<RatingSummary summary={summary} productId={PRODUCT_ID} />, {
      recorder: consideringRecorder(),
    })
    expect(container.firstElementChild).toHaveAttribute('data-variant', 'full')
    expect(screen.getByRole('img', { name: '4.2 out of 5 stars' })).toBeInTheDocument()
    expect(screen.getByText('40 reviews')).toBeInTheDocument()
    const histogram = screen.getByRole('group', { name: 'Filter reviews by rating' })
    const bars = within(histogram).getAllByRole('button')
    // Each name starts with the bar's visible text, in reading order (WCAG 2.5.3 Label in Name).
    expect(bars.map((bar) => bar.textContent)).toEqual([
      '5 stars, 23 reviews (57.5%)',
      '4 stars, 8 reviews (20%)',
      '3 stars, 4 reviews (10%)',
      '2 stars, 2 reviews (5%)',
      '1 star, 3 reviews (7.5%)',
    ])
    bars.forEach((bar) => expect(bar).toHaveAccessibleName(bar.textContent!))
    expect(bars[0]).not.toHaveAttribute('aria-label')
    expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'rating_summary', productId: PRODUCT_ID })
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows a compact badge in the awareness stage and keeps it after its own impression', async () => {
    const { container, recorder } = renderWithJourney(<RatingSummary summary={summary} productId={PRODUCT_ID} />)
    // The impression has moved the visitor to the decision stage; the badge must not turn into the histogram.
    expect(recorder.journey.getStage()).toBe('decision')
    expect(container.firstElementChild).toHaveAttribute('data-variant', 'compact')
    expect(screen.getByRole('img', { name: '4.2 out of 5 stars, 40 reviews' })).toBeInTheDocument()
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
  })

  it('lets the variant prop override the stage', () => {
    const { container } = renderWithJourney(<RatingSummary summary={summary} variant="full" />)
    expect(container.firstElementChild).toHaveAttribute('data-variant', 'full')
  })

  it('filters by a bar with the mouse and the keyboard, and clears on a second press', async () => {
    const user = userEvent.setup()
    const onFilter = vi.fn()
    const { recorder } = renderWithJourney(<RatingSummary summary={summary} productId={PRODUCT_ID} variant="full" onFilter={onFilter} />)
    const fiveStars = screen.getByRole('button', { name: /^5 stars/ })
    await user.click(fiveStars)
    expect(onFilter).toHaveBeenLastCalledWith(5)
    expect(fiveStars).toHaveAttribute('aria-pressed', 'true')
    expect(recorder.last('reviews_interacted')?.properties).toEqual({ productId: PRODUCT_ID, action: 'filter', value: 'stars:5' })

    await user.keyboard('{Enter}')
    expect(onFilter).toHaveBeenLastCalledWith(null)
    expect(fiveStars).toHaveAttribute('aria-pressed', 'false')
    expect(recorder.last('reviews_interacted')?.properties.value).toBe('stars:all')

    await user.tab()
    await user.keyboard(' ')
    expect(onFilter).toHaveBeenLastCalledWith(4)
    expect(screen.getByRole('button', { name: /^4 stars/ })).toHaveAttribute('aria-pressed', 'true')
  })

  it('follows a controlled filter', () => {
    renderWithJourney(<RatingSummary summary={summary} variant="full" filter={2} />)
    expect(screen.getByRole('button', { name: /^2 stars/ })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: /^5 stars/ })).toHaveAttribute('aria-pressed', 'false')
  })

  it('hides the histogram below minReviewsForHistogram', () => {
    const few = summarizeReviews(REVIEWS.slice(0, 4))
    renderWithJourney(<RatingSummary summary={few} variant="full" />)
    expect(screen.getByText('4 reviews')).toBeInTheDocument()
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
  })

  it('has loading, error and empty states', async () => {
    const onRetry = vi.fn()
    const user = userEvent.setup()
    const { container, rerender, recorder } = renderWithJourney(<RatingSummary summary={summary} status="loading" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    expect(recorder.names()).not.toContain('social_proof_viewed')
    await expect(container).toHaveNoAxeViolations()

    rerender(<RatingSummary summary={summary} status="error" onRetry={onRetry} />)
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
    await expect(container).toHaveNoAxeViolations()

    rerender(<RatingSummary summary={{ average: 0, count: 0, histogram: {} }} />)
    expect(screen.getByText('No reviews yet')).toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows "—" for a NaN average and falls back to the histogram total for a bad count, with dev warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderWithJourney(<RatingSummary summary={{ average: Number.NaN, count: -3, histogram: { 5: 4, 4: 2, 1: Number.NaN } }} variant="full" />)
    expect(screen.getByText('—')).toBeInTheDocument()
    expect(screen.getByText('6 reviews')).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('average is NaN'))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('count is -3'))
  })

  it('is translated', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<RatingSummary summary={summary} variant="full" />, { wrapper })
    expect(screen.getByText('40 Bewertungen')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^1 Stern, 3 Bewertungen \(7,5\s%\)$/ })).toBeInTheDocument()
    expect(screen.getByText('4,2')).toBeInTheDocument()
  })
})
