import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CouponField } from './coupon-field'

const discount = { amount: 1590, currency: 'EUR' }

describe('CouponField', () => {
  it('applies a code by click and emits coupon_applied', async () => {
    const user = userEvent.setup()
    const onApply = vi.fn(async () => ({ status: 'applied' as const, discount }))
    const { recorder, container } = renderWithJourney(<CouponField onApply={onApply} />)
    await user.type(screen.getByLabelText('Discount code'), ' WELCOME10 ')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Code WELCOME10 applied: you save €15.90.')
    expect(onApply).toHaveBeenCalledWith('WELCOME10')
    expect(recorder.last('coupon_applied')?.properties).toEqual({ code: 'WELCOME10', discount })
    await expect(container).toHaveNoAxeViolations()
  })

  it('denies by keyboard with the reason, the app message, or a generic one when the app rejects', async () => {
    const user = userEvent.setup()
    const onApply = vi
      .fn()
      .mockResolvedValueOnce({ status: 'denied', reason: 'coupon_min_subtotal' })
      .mockResolvedValueOnce({ status: 'denied', reason: 'vip_only', message: 'Only for members.' })
      .mockRejectedValueOnce(new Error('offline'))
    const { recorder, container } = renderWithJourney(<CouponField onApply={onApply} />)
    const input = screen.getByLabelText('Discount code')
    await user.type(input, 'TAKE5{Enter}')
    expect(await screen.findByText('Your order is below this code’s minimum.')).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Only for members.')).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(await screen.findByText('This code cannot be used.')).toBeInTheDocument()
    expect(recorder.all('coupon_denied').map((event) => event.properties.reason)).toEqual(['coupon_min_subtotal', 'vip_only', 'error'])
    await expect(container).toHaveNoAxeViolations()
  })

  it('asks for a code instead of calling the app with an empty one', async () => {
    const onApply = vi.fn()
    renderWithJourney(<CouponField onApply={onApply} />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByText('Enter a discount code.')).toBeInTheDocument()
    expect(onApply).not.toHaveBeenCalled()
  })

  it('removes an applied code and speaks Chinese', async () => {
    const onRemove = vi.fn()
    renderWithJourney(<CouponField onApply={vi.fn()} applied="WELCOME10" onRemove={onRemove} />, {
      wrapper: ({ children }) => <LocaleProvider locale="zh-CN" translations={allTranslations}>{children}</LocaleProvider>,
    })
    await userEvent.setup().click(screen.getByRole('button', { name: '移除优惠码 WELCOME10' }))
    expect(onRemove).toHaveBeenCalled()
    expect(screen.getByLabelText('优惠码')).toBeInTheDocument()
  })
})
