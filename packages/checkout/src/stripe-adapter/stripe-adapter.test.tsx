import { renderWithJourney } from '@journeykit/react/testing'
import { screen } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { address, cart, shippingMethods } from '../guest-checkout/fixtures'
import { GuestCheckout } from '../guest-checkout/guest-checkout'
import { createStripeAdapter } from './stripe-adapter'

const mocks = vi.hoisted(() => {
  const elements = { submit: vi.fn(async () => ({})) }
  const stripe = { confirmPayment: vi.fn() }
  return { elements, stripe, elementsOptions: vi.fn() }
})

vi.mock('@stripe/react-stripe-js', () => ({
  Elements: ({ children, options }: { children: React.ReactNode; options: unknown }) => {
    mocks.elementsOptions(options)
    return <div data-testid="elements">{children}</div>
  },
  PaymentElement: ({ onChange }: { onChange: (event: { complete: boolean }) => void }) => (
    <button type="button" onClick={() => onChange({ complete: true })}>
      Fill Stripe card
    </button>
  ),
  ExpressCheckoutElement: ({ onConfirm }: { onConfirm: () => void }) => (
    <button type="button" onClick={() => onConfirm()}>
      Express pay
    </button>
  ),
  useStripe: () => mocks.stripe,
  useElements: () => mocks.elements,
}))

function setup(options: { expressCheckout?: boolean } = {}) {
  const getClientSecret = vi.fn(async (_input: { orderId: string; idempotencyKey: string }) => 'pi_123_secret_abc')
  const onCreateOrder = vi.fn(async (_input: { idempotencyKey: string }) => ({ orderId: 'order_2001' }))
  const adapter = createStripeAdapter({ stripe: null, getClientSecret, returnUrl: 'https://shop.example/checkout/return', ...options })
  const user = userEvent.setup()
  const result = renderWithJourney(
    <GuestCheckout checkoutId="co_stripe" cart={cart} shippingMethods={shippingMethods} adapter={adapter} onCreateOrder={onCreateOrder} defaultValues={{ ...address, shippingMethod: 'standard' }} />,
  )
  return { ...result, user, getClientSecret, onCreateOrder }
}

async function pay(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Fill Stripe card' }))
  await user.click(screen.getByRole('button', { name: /^Pay / }))
}

describe('createStripeAdapter', () => {
  it('confirms with the client secret from the app and completes the order', async () => {
    mocks.stripe.confirmPayment.mockResolvedValueOnce({ paymentIntent: { id: 'pi_123', status: 'succeeded' } })
    const { user, recorder, getClientSecret, onCreateOrder } = setup()
    expect(mocks.elementsOptions).toHaveBeenCalledWith(expect.objectContaining({ mode: 'payment', amount: 15898, currency: 'eur', locale: 'en' }))
    await pay(user)
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    const key = onCreateOrder.mock.calls[0]![0].idempotencyKey
    expect(getClientSecret).toHaveBeenCalledWith({ orderId: 'order_2001', amount: cart.total, idempotencyKey: key })
    expect(mocks.elements.submit).toHaveBeenCalled()
    expect(mocks.stripe.confirmPayment).toHaveBeenCalledWith({
      elements: mocks.elements,
      clientSecret: 'pi_123_secret_abc',
      redirect: 'if_required',
      confirmParams: expect.objectContaining({
        return_url: 'https://shop.example/checkout/return',
        payment_method_data: { billing_details: expect.objectContaining({ name: 'Lena Becker', email: address.email, address: expect.objectContaining({ postal_code: '10119', country: 'DE' }) }) },
      }),
    })
    expect(recorder.last('payment_info_entered')?.properties.paymentMethod).toBe('stripe')
    expect(recorder.last('order_completed')?.properties.orderId).toBe('order_2001')
  })

  it('shows Stripe\'s decline message and keeps the form', async () => {
    mocks.stripe.confirmPayment.mockResolvedValueOnce({ error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' } })
    const { user, recorder } = setup()
    await pay(user)
    expect(await screen.findByText('Your card has insufficient funds.')).toBeInTheDocument()
    expect(recorder.last('payment_failed')?.properties).toEqual({ checkoutId: 'co_stripe', reason: 'insufficient_funds', paymentMethod: 'stripe' })
    expect(screen.getByLabelText('Email')).toHaveValue(address.email)
  })

  it('completes after 3-D Secure in Stripe\'s modal, and reports an authentication failure', async () => {
    mocks.stripe.confirmPayment
      .mockResolvedValueOnce({ error: { type: 'card_error', code: 'payment_intent_authentication_failure', message: 'We are unable to authenticate your payment method.' } })
      .mockResolvedValueOnce({ paymentIntent: { id: 'pi_3ds', status: 'succeeded' } })
    const { user, recorder, getClientSecret } = setup()
    await pay(user)
    expect(await screen.findByText('We are unable to authenticate your payment method.')).toBeInTheDocument()
    expect(recorder.last('payment_failed')?.properties.reason).toBe('payment_intent_authentication_failure')
    await user.click(screen.getByRole('button', { name: /^Pay / }))
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    const [first, second] = getClientSecret.mock.calls.map(([input]) => input.idempotencyKey)
    expect(second).toBe(first)
  })

  it('treats an intent still requiring action as not paid', async () => {
    mocks.stripe.confirmPayment.mockResolvedValueOnce({ paymentIntent: { id: 'pi_action', status: 'requires_action' } })
    const { user, recorder } = setup()
    await pay(user)
    expect(await screen.findByText(/Your bank needs one more step/)).toBeInTheDocument()
    expect(recorder.last('payment_failed')?.properties.reason).toBe('requires_action')
  })

  it('stops before creating an intent when the Payment Element is invalid', async () => {
    mocks.elements.submit.mockResolvedValueOnce({ error: { code: 'incomplete_number', message: 'Your card number is incomplete.' } } as never)
    const { user, getClientSecret } = setup()
    await pay(user)
    expect(await screen.findByText('Your card number is incomplete.')).toBeInTheDocument()
    expect(getClientSecret).not.toHaveBeenCalled()
  })

  it('runs the checkout\'s pay flow from the Express Checkout Element', async () => {
    mocks.stripe.confirmPayment.mockResolvedValueOnce({ paymentIntent: { id: 'pi_wallet', status: 'processing' } })
    const { user, onCreateOrder } = setup({ expressCheckout: true })
    await user.click(screen.getByRole('button', { name: 'Express pay' }))
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    expect(onCreateOrder).toHaveBeenCalledTimes(1)
  })
})
