import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Badge } from './badge'

describe('Badge', () => {
  it('shows its text with the neutral tone by default', async () => {
    const { container } = render(<Badge>New</Badge>)
    expect(screen.getByText('New')).toHaveAttribute('data-tone', 'neutral')
    expect(screen.getByText('New')).toHaveAttribute('data-jk-badge')
    await expect(container).toHaveNoAxeViolations()
  })

  it('exposes its tone and passes native props through', async () => {
    const { container } = render(
      <Badge tone="danger" id="stock" title="Only 2 left">
        Low stock
      </Badge>,
    )
    const badge = screen.getByText('Low stock')
    expect(badge).toHaveAttribute('data-tone', 'danger')
    expect(badge).toHaveAttribute('id', 'stock')
    expect(badge).toHaveAttribute('title', 'Only 2 left')
    await expect(container).toHaveNoAxeViolations()
  })
})
