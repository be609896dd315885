import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { PRODUCT_ID } from '../fixtures'
import { ReviewForm } from './review-form'

const BODY = 'Great grip on wet rock and my feet stayed dry all day.'

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: '4 stars' }))
  await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Grippy and dry')
  await user.type(screen.getByRole('textbox', { name: 'Your review' }), BODY)
  await user.type(screen.getByRole('textbox', { name: 'Name shown with your review' }), 'Lena')
}

describe('ReviewForm', () => {
  it('asks for the rating with native radios in a fieldset', async () => {
    const { container } = renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={async () => {}} />)
    const group = screen.getByRole('group', { name: 'Your rating' })
    expect(group.tagName).toBe('FIELDSET')
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5'])
    await expect(container).toHaveNoAxeViolations()
  })

  it('moves the rating with the arrow keys', async () => {
    const user = userEvent.setup()
    renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={async () => {}} />)
    await user.click(screen.getByRole('radio', { name: '3 stars' }))
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('radio', { name: '4 stars' })).toBeChecked()
    expect(screen.getByRole('radio', { name: '4 stars' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(screen.getByRole('radio', { name: '2 stars' })).toBeChecked()
  })

  it('validates a field when it loses focus and clears the error as soon as it is fixed', async () => {
    const user = userEvent.setup()
    const { container } = renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={async () => {}} />)
    const title = screen.getByRole('textbox', { name: 'Title' })
    await user.click(title)
    expect(screen.queryByText('Please add a title.')).not.toBeInTheDocument()
    await user.tab()
    expect(title).toHaveAccessibleDescription('Please add a title.')
    expect(title).toHaveAttribute('aria-invalid', 'true')
    await expect(container).toHaveNoAxeViolations()
    await user.type(title, 'G')
    expect(screen.queryByText('Please add a title.')).not.toBeInTheDocument()
    expect(title).not.toHaveAttribute('aria-invalid')

    const body = screen.getByRole('textbox', { name: 'Your review' })
    await user.type(body, 'Too short')
    await user.tab()
    expect(body).toHaveAccessibleDescription('Please write at least 20 characters.')
  })

  it('rejects a submission with missing fields: a focused summary links to each field, every field says what is wrong', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const { container } = renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={onSubmit} />)
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '   ')
    await user.click(screen.getByRole('button', { name: 'Submit review' }))
    expect(onSubmit).not.toHaveBeenCalled()
    // The summary takes focus in an effect once React Hook Form's (asynchronous) validation has settled.
    const summary = await screen.findByRole('alert', { name: 'Fix 4 problems to send your review' })
    await waitFor(() => expect(summary).toHaveFocus())
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['Please choose a rating.', 'Please add a title.', 'Please write your review.', 'Please enter a name.'])
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Please choose a rating.')
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('Please add a title.')
    expect(screen.getByRole('textbox', { name: 'Your review' })).toHaveAccessibleDescription('Please write your review.')
    expect(screen.getByRole('textbox', { name: 'Name shown with your review' })).toHaveAccessibleDescription('Please enter a name.')
    await expect(container).toHaveNoAxeViolations()

    await user.click(links[0]!)
    expect(screen.getByRole('radio', { name: '1 star' })).toHaveFocus()
    // Back through the summary's links (name, review, title), then Enter on the title's.
    for (let step = 0; step < 3; step++) await user.tab({ shift: true })
    expect(document.activeElement).toHaveTextContent('Please add a title.')
    await user.keyboard('{Enter}')
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus()
  })

  it('submits once on a double click, thanks the visitor and reports the review', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn(async () => ({ reviewId: 'rev-041' }))
    const { container, recorder } = renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={onSubmit} />)
    await fillIn(user)
    await user.dblClick(screen.getByRole('button', { name: 'Submit review' }))
    expect(await screen.findByText('Thank you for your review!')).toHaveFocus()
    expect(onSubmit).toHaveBeenCalledOnce()
    expect(onSubmit).toHaveBeenCalledWith({ rating: 4, title: 'Grippy and dry', body: BODY, name: 'Lena' })
    expect(recorder.all('product_reviewed')).toHaveLength(1)
    expect(recorder.last('product_reviewed')?.properties).toEqual({ productId: PRODUCT_ID, reviewId: 'rev-041', rating: 4 })
    await expect(container).toHaveNoAxeViolations()
  })

  it('submits with the Enter key and reports no reviewId when the app returns none', async () => {
    const user = userEvent.setup()
    const { recorder } = renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={async () => {}} />)
    await fillIn(user)
    await user.keyboard('{Enter}')
    await screen.findByText('Thank you for your review!')
    expect(recorder.last('product_reviewed')?.properties).toEqual({ productId: PRODUCT_ID, rating: 4 })
  })

  it('shows a server error without losing the text, and succeeds on retry', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn().mockRejectedValueOnce(new Error('500')).mockResolvedValueOnce({ reviewId: 'rev-042' })
    const { container, recorder } = renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={onSubmit} />)
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Submit review' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Your review could not be sent.')
    expect(screen.getByRole('textbox', { name: 'Your review' })).toHaveValue(BODY)
    expect(screen.getByRole('radio', { name: '4 stars' })).toBeChecked()
    expect(recorder.names()).not.toContain('product_reviewed')
    await expect(container).toHaveNoAxeViolations()
    await user.click(screen.getByRole('button', { name: 'Submit review' }))
    await screen.findByText('Thank you for your review!')
    expect(recorder.last('product_reviewed')?.properties.reviewId).toBe('rev-042')
  })

  it('is translated', async () => {
    const user = userEvent.setup()
    const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider>
    renderWithJourney(<ReviewForm productId={PRODUCT_ID} onSubmit={async () => {}} />, { wrapper })
    expect(screen.getByRole('group', { name: 'Deine Bewertung' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '1 Stern' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Bewertung senden' }))
    await waitFor(() => expect(screen.getByRole('alert', { name: 'Bitte korrigiere 4 Angaben, um deine Bewertung zu senden' })).toHaveFocus())
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription('Bitte gib einen Titel ein.')
  })
})
