import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { PRODUCT_ID, REVIEWS } from '../fixtures'
import type { Review } from '../shared/types'
import { ReviewList } from './review-list'

const articles = () => screen.getAllByRole('article')
const titles = () => articles().map((article) => within(article).queryByRole('heading')?.textContent)

function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('ReviewList', () => {
  it('renders the first page of reviews, newest first, with their details', async () => {
    const { container, recorder } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} onHelpful={async () => {}} />)
    expect(articles()).toHaveLength(10)
    expect(screen.getByRole('status')).toHaveTextContent('40 reviews')
    const first = articles()[0]!
    expect(within(first).getByRole('heading', { level: 3, name: 'Best trail shoe I have owned' })).toBeInTheDocument()
    expect(within(first).getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    expect(within(first).getByText('Verified buyer')).toBeInTheDocument()
    expect(within(first).getByText('Purchased: Size 39 / Teal')).toBeInTheDocument()
    expect(within(first).getByText('Nov 18, 2026')).toHaveAttribute('datetime', '2026-11-18T10:00:00Z')
    const withReply = articles()[4]!
    expect(within(withReply).getByText('Response from the seller')).toBeInTheDocument()
    expect(within(withReply).getByText(/free return label/)).toBeInTheDocument()
    expect(recorder.last('social_proof_viewed')?.properties).toEqual({ widget: 'review_list', productId: PRODUCT_ID })
    await expect(container).toHaveNoAxeViolations()
  })

  it('shows markup in a review as text and never runs it', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {})
    const hostile: Review = {
      id: 'x',
      rating: 1,
      title: '<b>bold</b>',
      body: '<img src=x onerror=alert(1)>',
      author: '<script>alert(2)</script>',
      createdAt: '2026-11-20',
    }
    const { container } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={[hostile]} />)
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '<b>bold</b>' })).toBeInTheDocument()
    expect(container.querySelector('img[src="x"], script, b')).toBeNull()
    expect(alert).not.toHaveBeenCalled()
  })

  it('filters by stars and photos with the keyboard and mouse', async () => {
    const user = userEvent.setup()
    const onFilterChange = vi.fn()
    const { recorder } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} onFilterChange={onFilterChange} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rating' }), '1 star')
    expect(screen.getByRole('status')).toHaveTextContent('3 reviews')
    expect(articles()).toHaveLength(3)
    expect(onFilterChange).toHaveBeenLastCalledWith({ stars: 1, withPhotos: false })
    expect(recorder.last('reviews_interacted')?.properties).toEqual({ productId: PRODUCT_ID, action: 'filter', value: 'stars:1' })

    screen.getByRole('checkbox', { name: 'With photos' }).focus()
    await user.keyboard(' ')
    expect(articles()).toHaveLength(1)
    expect(titles()).toEqual(['Sole came apart after two months'])
    expect(recorder.last('reviews_interacted')?.properties.value).toBe('photos:on')
  })

  it('sorts by the chosen order', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Most helpful')
    expect(titles().slice(0, 3)).toEqual(['Best trail shoe I have owned', 'Sole came apart after two months', 'Great grip, slightly narrow'])
    expect(recorder.last('reviews_interacted')?.properties).toEqual({ productId: PRODUCT_ID, action: 'sort', value: 'helpful' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Lowest rating')
    expect(within(articles()[0]!).getByRole('img', { name: '1 out of 5 stars' })).toBeInTheDocument()
  })

  it('loads more reviews and moves focus to the first new one', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} />)
    await user.click(screen.getByRole('button', { name: 'Show more reviews' }))
    expect(articles()).toHaveLength(20)
    expect(articles()[10]).toHaveFocus()
    expect(recorder.last('reviews_interacted')?.properties).toEqual({ productId: PRODUCT_ID, action: 'page', value: '2' })
    screen.getByRole('button', { name: 'Show more reviews' }).focus()
    await user.keyboard('{Enter}')
    await user.keyboard('{Enter}')
    expect(articles()).toHaveLength(30)
    // The button stays in place until the last page is shown.
    await user.click(screen.getByRole('button', { name: 'Show more reviews' }))
    expect(articles()).toHaveLength(40)
    expect(screen.queryByRole('button', { name: 'Show more reviews' })).not.toBeInTheDocument()
  })

  it('pages through reviews and resets to page 1 when the filter changes', async () => {
    const user = userEvent.setup()
    renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} pagination="pages" pageSize={15} />)
    const nav = screen.getByRole('navigation', { name: 'Review pages' })
    expect(within(nav).getByText('Page 1 of 3')).toBeInTheDocument()
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled()
    await user.click(within(nav).getByRole('button', { name: 'Next page' }))
    expect(within(nav).getByText('Page 2 of 3')).toBeInTheDocument()
    expect(articles()[0]).toHaveFocus()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rating' }), '5 stars')
    expect(within(nav).getByText('Page 1 of 2')).toBeInTheDocument()
  })

  it('counts a helpful vote at once and keeps it when the promise resolves', async () => {
    const user = userEvent.setup()
    const pending = deferred()
    const onHelpful = vi.fn(() => pending.promise)
    const { recorder } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} onHelpful={onHelpful} />)
    const button = within(articles()[0]!).getByRole('button', { name: 'Helpful (41)' })
    await user.dblClick(button)
    expect(button).toHaveTextContent('Helpful (42)')
    expect(button).toHaveAttribute('aria-pressed', 'true')
    expect(onHelpful).toHaveBeenCalledOnce()
    expect(onHelpful).toHaveBeenCalledWith('rev-001')
    expect(recorder.last('reviews_interacted')?.properties).toEqual({ productId: PRODUCT_ID, action: 'helpful', value: 'rev-001' })
    await act(async () => pending.resolve())
    expect(button).toHaveTextContent('Helpful (42)')
    await user.click(button)
    expect(onHelpful).toHaveBeenCalledOnce()
  })

  it('rolls a failed helpful vote back with a message, and lets the visitor retry by keyboard', async () => {
    const user = userEvent.setup()
    const onHelpful = vi.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce(undefined)
    const { container } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} onHelpful={onHelpful} />)
    const button = within(articles()[1]!).getByRole('button', { name: 'Helpful (18)' })
    await user.click(button)
    expect(await screen.findByRole('alert')).toHaveTextContent('Your vote could not be saved. Please try again.')
    expect(button).toHaveTextContent('Helpful (18)')
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await expect(container).toHaveNoAxeViolations()
    button.focus()
    await user.keyboard('{Enter}')
    expect(button).toHaveTextContent('Helpful (19)')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opens a photo in a dialog and returns focus when it closes', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} />)
    const thumbnail = screen.getByRole('button', { name: 'Shoes on a wet granite trail' })
    await user.click(thumbnail)
    const dialog = await screen.findByRole('dialog', { name: 'Photo from Lena M.' })
    expect(within(dialog).getByRole('img', { name: 'Shoes on a wet granite trail' })).toBeInTheDocument()
    expect(recorder.last('reviews_interacted')?.properties).toEqual({ productId: PRODUCT_ID, action: 'photo', value: 'rev-001' })
    await expect(document.body).toHaveNoAxeViolations()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(thumbnail).toHaveFocus())
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
  })

  it('offers to clear filters when nothing matches', async () => {
    const user = userEvent.setup()
    const { container, recorder } = renderWithJourney(
      <ReviewList productId={PRODUCT_ID} reviews={REVIEWS} defaultFilter={{ stars: 2, withPhotos: true }} />,
    )
    expect(screen.getByText('No reviews match these filters')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('0 reviews')
    await expect(container).toHaveNoAxeViolations()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(articles()).toHaveLength(10)
    expect(screen.getByRole('combobox', { name: 'Rating' })).toHaveFocus()
    expect(recorder.last('reviews_interacted')?.properties).toEqual({ productId: PRODUCT_ID, action: 'filter', value: 'clear' })
  })

  it('follows a controlled filter and sort, and shows manual data as given', async () => {
    const user = userEvent.setup()
    const onFilterChange = vi.fn()
    const onSortChange = vi.fn()
    const { rerender } = renderWithJourney(
      <ReviewList productId={PRODUCT_ID} reviews={REVIEWS} filter={{ stars: 3, withPhotos: false }} onFilterChange={onFilterChange} sort="newest" onSortChange={onSortChange} />,
    )
    expect(articles()).toHaveLength(4)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rating' }), '2 stars')
    expect(onFilterChange).toHaveBeenCalledWith({ stars: 2, withPhotos: false })
    // Controlled: nothing changes until the app passes the new filter.
    expect(articles()).toHaveLength(4)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Highest rating')
    expect(onSortChange).toHaveBeenCalledWith('highest')

    const serverPage = [REVIEWS[30]!, REVIEWS[2]!]
    rerender(<ReviewList productId={PRODUCT_ID} reviews={serverPage} manual filter={{ stars: 5, withPhotos: false }} sort="lowest" />)
    expect(titles()).toEqual([REVIEWS[30]!.title, REVIEWS[2]!.title])
  })

  it('has loading, error and no-review states', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const { container, rerender, recorder } = renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={[]} status="loading" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    await expect(container).toHaveNoAxeViolations()
    rerender(<ReviewList productId={PRODUCT_ID} reviews={[]} status="error" error="Reviews are unavailable right now." onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Reviews are unavailable right now.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
    await expect(container).toHaveNoAxeViolations()
    rerender(<ReviewList productId={PRODUCT_ID} reviews={[]} />)
    expect(screen.getByText('No reviews yet')).toBeInTheDocument()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
    expect(recorder.all('social_proof_viewed')).toHaveLength(1)
  })

  it('skips reviews without an id and renders a NaN rating without stars', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const reviews = [{ ...REVIEWS[0]!, id: undefined }, { ...REVIEWS[1]!, rating: Number.NaN }] as unknown as Review[]
    renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={reviews} />)
    expect(articles()).toHaveLength(1)
    expect(within(articles()[0]!).queryByRole('img')).not.toBeInTheDocument()
    expect(within(articles()[0]!).getByText(REVIEWS[1]!.body)).toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped a review'))
  })

  it('is translated', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<ReviewList productId={PRODUCT_ID} reviews={REVIEWS} onHelpful={async () => {}} />, { wrapper })
    expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('40 Bewertungen')
    expect(within(articles()[0]!).getByText('Verifizierter Kauf')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Weitere Bewertungen anzeigen' })).toBeInTheDocument()
  })
})
