import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { Button } from '../button/button'
import { LocaleProvider } from '../locale/locale-provider'
import { allUiTranslations } from '../locales/all'
import { EmptyState, ErrorState, LoadingState } from './state'

describe('LoadingState', () => {
  it('is a polite status saying it is loading', async () => {
    const { container } = render(<LoadingState />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Loading…')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveAttribute('data-part', 'loading')
    await expect(container).toHaveNoAxeViolations()
  })

  it('takes a label and translates the default', () => {
    const { rerender } = render(<LoadingState label="Loading reviews…" />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading reviews…')
    rerender(
      <LocaleProvider locale="de" translations={allUiTranslations}>
        <LoadingState />
      </LocaleProvider>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Wird geladen…')
  })
})

describe('ErrorState', () => {
  it('is an alert with the default message and no retry', async () => {
    const { container } = render(<ErrorState />)
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.')
    expect(screen.queryByRole('button')).toBeNull()
    await expect(container).toHaveNoAxeViolations()
  })

  it('offers a retry when given one', async () => {
    const onRetry = vi.fn()
    const user = userEvent.setup()
    const { container } = render(<ErrorState message="Reviews could not be loaded." onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Reviews could not be loaded.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
    await expect(container).toHaveNoAxeViolations()
  })

  it('ignores retry clicks while retrying', async () => {
    const onRetry = vi.fn()
    const user = userEvent.setup()
    render(<ErrorState onRetry={onRetry} retrying />)
    const button = screen.getByRole('button', { name: 'Try again' })
    expect(button).toHaveAttribute('aria-busy', 'true')
    await user.click(button)
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('translates its texts', () => {
    render(
      <LocaleProvider locale="ro" translations={allUiTranslations}>
        <ErrorState onRetry={() => {}} />
      </LocaleProvider>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Ceva nu a funcționat.')
    expect(screen.getByRole('button', { name: 'Încearcă din nou' })).toBeInTheDocument()
  })
})

describe('EmptyState', () => {
  it('shows a title, an explanation and an action', async () => {
    const onClick = vi.fn()
    const user = userEvent.setup()
    const { container } = render(
      <EmptyState title="No reviews yet" action={<Button onClick={onClick}>Write a review</Button>}>
        Be the first to share your experience.
      </EmptyState>,
    )
    expect(screen.getByText('No reviews yet')).toBeInTheDocument()
    expect(screen.getByText('Be the first to share your experience.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Write a review' }))
    expect(onClick).toHaveBeenCalledOnce()
    await expect(container).toHaveNoAxeViolations()
  })

  it('renders just the title when that is all there is', () => {
    const { container } = render(<EmptyState title="Your cart is empty" />)
    expect(container.querySelector('[data-part="description"]')).toBeNull()
    expect(container.querySelector('[data-part="action"]')).toBeNull()
    expect(container).toHaveTextContent('Your cart is empty')
  })
})
