import { render, screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../locale/locale-provider'
import { allUiTranslations } from '../locales/all'
import { Rating } from './rating'

/** The decorative stars: one element per rating, filled to `--jk-rating`. */
function stars(container: HTMLElement) {
  const all = container.querySelectorAll<HTMLElement>('[data-part="stars"]')
  expect(all).toHaveLength(1)
  return all[0]!
}
const fill = (container: HTMLElement) => stars(container).style.getPropertyValue('--jk-rating')

describe('Rating', () => {
  it('is one image named by the rating, its stars decorative', async () => {
    const { container } = render(<Rating value={4.2} />)
    const rating = screen.getByRole('img', { name: '4.2 out of 5 stars' })
    expect(stars(container)).toHaveAttribute('aria-hidden', 'true')
    expect(rating.querySelectorAll('svg')).toHaveLength(0)
    expect(stars(container)).toBeEmptyDOMElement()
    await expect(container).toHaveNoAxeViolations()
  })

  it('fills whole stars and the fraction of the next one, the gaps between stars not counted as fill', () => {
    // a row of 5 stars is 5.4em: 1em stars with 0.1em gaps
    const { container, rerender } = render(<Rating value={3.5} />)
    expect(fill(container)).toBe('70.4%') // 3 × 1.1em + 0.5em = 3.8em
    rerender(<Rating value={1} />)
    expect(fill(container)).toBe('20.4%') // 1.1em, the first star and its gap
    rerender(<Rating value={5} />)
    expect(fill(container)).toBe('100%')
    rerender(<Rating value={0} />)
    expect(fill(container)).toBe('0%')
    expect(stars(container).style.getPropertyValue('--jk-rating-max')).toBe('')
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
    expect(stars(container).style.getPropertyValue('--jk-rating-max')).toBe('10')
    expect(fill(container)).toBe('70.6%') // 7.7em of 10.9em
  })

  it('shows 0 with a development warning for NaN', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { container } = render(<Rating value={Number.NaN} />)
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
    expect(fill(container)).toBe('0%')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('NaN'))
  })

  it('clamps values outside the range', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = render(<Rating value={7} />)
    expect(screen.getByRole('img', { name: '5 out of 5 stars' })).toBeInTheDocument()
    rerender(<Rating value={-1} />)
    expect(screen.getByRole('img', { name: '0 out of 5 stars' })).toBeInTheDocument()
  })

  it('is painted by theme.css: a star mask over the star colour up to --jk-rating, the track colour after', () => {
    const css = readFileSync(join(__dirname, '../theme.css'), 'utf8')
    const rule = css.match(/\[data-jk-rating\] \[data-part='stars'\] \{([^}]*)\}/)?.[1] ?? ''
    expect(rule).toContain('linear-gradient(to right, var(--jk-color-star) var(--jk-rating, 0%), var(--jk-color-star-track) var(--jk-rating, 0%))')
    expect(rule).toMatch(/\bmask: var\(--jk-rating-star\) left center \/ 1\.1em 1em repeat-x/)
    expect(rule).toContain('width: calc(var(--jk-rating-max, 5) * 1.1em - 0.1em)')
    expect(rule).toMatch(/--jk-rating-star: url\("data:image\/svg\+xml,.*viewBox='0 0 26\.4 24'/)
  })

  it('ignores an invalid count and an invalid maximum', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<Rating value={3} max={0} count={Number.NaN} />)
    expect(screen.getByRole('img', { name: '3 out of 5 stars' })).toBeInTheDocument()
  })
})
