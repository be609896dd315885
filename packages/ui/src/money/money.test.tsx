import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../locale/locale-provider'
import { Money } from './money'

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

describe('Money', () => {
  it('formats minor units in English without a provider', async () => {
    const { container } = render(<Money value={{ amount: 1999, currency: 'EUR' }} />)
    const money = screen.getByText('€19.99')
    expect(money.tagName).toBe('SPAN')
    expect(money).toHaveAttribute('data-jk-money')
    expect(money).toHaveAttribute('data-currency', 'EUR')
    await expect(container).toHaveNoAxeViolations()
  })

  it('formats for the provider locale', () => {
    const { container } = render(
      <LocaleProvider locale="de-DE">
        <Money value={{ amount: 1999, currency: 'EUR' }} />
      </LocaleProvider>,
    )
    expect(plain(container.textContent)).toBe('19,99 €')
  })

  it('formats currencies without minor units', () => {
    render(<Money value={{ amount: 1500, currency: 'JPY' }} />)
    expect(screen.getByText('¥1,500')).toBeInTheDocument()
  })

  it('renders a struck-through compare-at price as <s>', async () => {
    const { container } = render(
      <p>
        Was <Money value={{ amount: 2999, currency: 'USD' }} strikethrough className="was" />, now{' '}
        <Money value={{ amount: 1999, currency: 'USD' }} />
      </p>,
    )
    const was = screen.getByText('$29.99')
    expect(was.tagName).toBe('S')
    expect(was).toHaveAttribute('data-strikethrough')
    expect(was).toHaveClass('was')
    expect(screen.getByText('$19.99').tagName).toBe('SPAN')
    await expect(container).toHaveNoAxeViolations()
  })

  it('renders nothing readable, with a warning, for an invalid currency', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { container } = render(<Money value={{ amount: 100, currency: '??' }} />)
    expect(container.textContent).toBe('')
    expect(warn).toHaveBeenCalled()
  })
})
