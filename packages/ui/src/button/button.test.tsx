import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { Button } from './button'

describe('Button', () => {
  it('is a primary, medium, non-submitting button by default', async () => {
    const onClick = vi.fn()
    const user = userEvent.setup()
    const { container } = render(
      <form onSubmit={() => onClick('submitted')}>
        <Button onClick={() => onClick('clicked')}>Add to cart</Button>
      </form>,
    )
    const button = screen.getByRole('button', { name: 'Add to cart' })
    expect(button).toHaveAttribute('type', 'button')
    expect(button).toHaveAttribute('data-variant', 'primary')
    expect(button).toHaveAttribute('data-size', 'md')
    expect(button).not.toHaveAttribute('data-loading')
    expect(button).not.toHaveAttribute('aria-busy')
    await user.click(button)
    expect(onClick).toHaveBeenCalledExactlyOnceWith('clicked')
    await expect(container).toHaveNoAxeViolations()
  })

  it('passes variant, size and native props through', () => {
    render(
      <Button variant="link" size="lg" type="submit" className="cta" aria-describedby="hint" name="go">
        Continue
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Continue' })
    expect(button).toHaveAttribute('data-variant', 'link')
    expect(button).toHaveAttribute('data-size', 'lg')
    expect(button).toHaveAttribute('type', 'submit')
    expect(button).toHaveClass('cta')
    expect(button).toHaveAttribute('name', 'go')
  })

  it('forwards ref as a prop', () => {
    let element: HTMLButtonElement | null = null
    render(<Button ref={(node) => void (element = node)}>Ref</Button>)
    expect(element).toBe(screen.getByRole('button', { name: 'Ref' }))
  })

  it('ignores clicks while loading but stays focusable and keeps its name', async () => {
    const onClick = vi.fn()
    const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault())
    const user = userEvent.setup()
    const { container } = render(
      <form onSubmit={onSubmit}>
        <Button type="submit" loading onClick={onClick}>
          Pay now
        </Button>
      </form>,
    )
    const button = screen.getByRole('button', { name: 'Pay now' })
    expect(button).toHaveAttribute('aria-busy', 'true')
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAttribute('data-loading')
    expect(button).toBeEnabled()
    expect(button.querySelector('[data-part="spinner"]')).toHaveAttribute('aria-hidden', 'true')

    await user.tab()
    expect(button).toHaveFocus()
    await user.keyboard('{Enter}')
    await user.keyboard(' ')
    await user.click(button)
    expect(onClick).not.toHaveBeenCalled()
    expect(onSubmit).not.toHaveBeenCalled()
    await expect(container).toHaveNoAxeViolations()
  })

  it('responds again once loading ends', async () => {
    const onClick = vi.fn()
    const user = userEvent.setup()
    const { rerender } = render(
      <Button loading onClick={onClick}>
        Save
      </Button>,
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))
    rerender(<Button onClick={onClick}>Save</Button>)
    const button = screen.getByRole('button', { name: 'Save' })
    expect(button).not.toHaveAttribute('aria-disabled')
    expect(button.querySelector('[data-part="spinner"]')).toBeNull()
    await user.click(button)
    expect(onClick).toHaveBeenCalledOnce()
  })

  it('does not fire when natively disabled', async () => {
    const onClick = vi.fn()
    const user = userEvent.setup()
    render(
      <Button disabled onClick={onClick}>
        Sold out
      </Button>,
    )
    await user.click(screen.getByRole('button', { name: 'Sold out' }))
    expect(onClick).not.toHaveBeenCalled()
  })
})
