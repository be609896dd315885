import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../locale/locale-provider'
import { allUiTranslations } from '../locales/all'
import { Rating } from './rating'

function stars(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>('[data-part="star"]')]
}

describe('Rating', () => {
  it('is one image named by the rating, its stars decorative', async () => {
    const { container } = render(<Rating value={4.2} />)
    const rating = screen.getByRole('img', { name: '4.2 out of 5 stars' })
    expect(rating.querySelector('[data-part="stars"]')).toHaveAttribute('aria-hidden', 'true')
    expect(stars(container)).toHaveLength(5)
    await expect(container).toHaveNoAxeViolations()
  })

  it('fills whole stars and clips the partial one through --jk-star-fill', () => {
    const { container } = render(<Rating value={3.5} />)
    const states = stars(container).map((star) => star.dataset.state)
    expect(states).toEqual(['full', 'full', 'full', 'partial', 'empty'])
    expect(stars(container)[3]!.style.getPropertyValue('--jk-star-fill')).toBe('50%')
    expect(stars(container)[4]!.style.getPropertyValue('--jk-star-fill')).toBe('0%')
  })

  it('adds the review count with plural forms', () => {
    const { rerender } = render(<Rating value={4} count={128} />)
    expect(screen.getByRole('img', { name: '4 out of 5 stars, 128 reviews' })).toBeInTheDocument()
    rerender(<Rating value={5} count={1} />)
    expect(screen.getByRole('img', { name: '5 out of 5 stars, 1 review' })).toBeInTheDocument()
  })

  it('reads in German with a decimal comma', async () => {
    const { container } = render(
      <LocaleProvider locale="de" translations={allUiTranslations}>
        <Rating value={4.25} count={1234} />
      </LocaleProvider>,
    )
    expect(screen.getByRole('img', { name: '4,3 von 5 Sternen, 1.234 Bewertungen' })).toBeInTheDocument()
    await expect(container).toHaveNoAxeViolations()
  })

  it('uses the Romanian "few" form', () => {
    render(
      <LocaleProvider locale="ro" translations={allUiTranslations}>
        <Rating value={4.5} count={3} />
      </LocaleProvider>,
    )
    expect(screen.getByRole('img', { name: '4,5 din 5 stele, 3 recenzii' })).toBeInTheDocument()
  })

  it('supports another maximum', () => {
    const { container } = render(<Rating value={7} max={10} size="sm" />)
    expect(screen.getByRole('img', { name: '7 out of 10 stars' })).toHaveAttribute('data-size', 'sm')
    expect(stars(container)).toHaveLength(10)
  })

  it('shows 0 with a development warning for NaN', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { container } = render(<Rating value={Number.NaN} />)
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
    expect(stars(container).every((star) => star.dataset.state === 'empty')).toBe(true)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('NaN'))
  })

  it('clamps values outside the range', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = render(<Rating value={7} />)
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    rerender(<Rating value={-1} />)
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
  })

  it('ignores an invalid count and an invalid maximum', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<Rating value={3} max={0} count={Number.NaN} />)
    expect(screen.getByRole('img', { name: '3 out of 5 stars' })).toBeInTheDocument()
  })
})
