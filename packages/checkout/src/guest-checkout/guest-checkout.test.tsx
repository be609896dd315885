import { allTranslations } from '../locales/all'
import { renderWithJourney } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createTestAdapter } from '../test-adapter/test-adapter'
import { CheckoutError } from './checkout-error'
import { address, cart, couponCart, defaultValues, expressCart, shippingMethods, testCards } from './fixtures'
import { GuestCheckout, type GuestCheckoutProps } from './guest-checkout'

function setup(props: Partial<GuestCheckoutProps> = {}, options: { wrapper?: (p: { children: ReactNode }) => ReactNode } = {}) {
  const onCreateOrder = vi.fn(async () => ({ orderId: 'order_1001' }))
  const onComplete = vi.fn()
  const user = userEvent.setup()
  const result = renderWithJourney(
    <GuestCheckout
      checkoutId="co_42"
      cart={cart}
      shippingMethods={shippingMethods}
      defaultValues={defaultValues}
      adapter={createTestAdapter()}
      onCreateOrder={onCreateOrder}
      onComplete={onComplete}
      {...props}
    />,
    options.wrapper ? { wrapper: options.wrapper } : {},
  )
  return { ...result, user, onCreateOrder, onComplete }
}

/** Fills a field in one input event, as autofill or a paste does: typing key by key is tested where it matters. */
async function fill(user: UserEvent, label: string, value: string) {
  await user.click(screen.getByLabelText(label))
  await user.paste(value)
}

async function fillAddress(user: UserEvent) {
  await fill(user, 'Email', address.email)
  await user.selectOptions(screen.getByLabelText('Country'), address.country)
  await fill(user, 'First name', address.givenName)
  await fill(user, 'Last name', address.familyName)
  await fill(user, 'Street and number', address.line1)
  await fill(user, 'City', address.city)
  await fill(user, 'Postal code', address.postalCode)
  await user.click(screen.getByRole('radio', { name: /DHL Standard/ }))
}

async function fillCard(user: UserEvent, number = testCards.success) {
  await fill(user, 'Card number', number)
  await fill(user, 'Expiry date (MM / YY)', '12/34')
  await fill(user, 'Security code (CVC)', '123')
}

const payButton = () => screen.getByRole('button', { name: /^Pay / })

describe('GuestCheckout', { timeout: 20_000 }, () => {
  it('pays with the test card and emits the checkout events in order', async () => {
    const { user, recorder, onCreateOrder, onComplete, container } = setup()
    await expect(container).toHaveNoAxeViolations()
    await fillAddress(user)
    await fillCard(user)
    await user.click(payButton())

    await screen.findByRole('heading', { name: 'Thank you for your order' })
    expect(recorder.names()).toEqual(['checkout_started', 'shipping_info_added', 'payment_info_entered', 'order_completed'])
    expect(recorder.last('checkout_started')?.properties).toMatchObject({ checkoutId: 'co_42', items: [{ id: 'trail-runner-gtx' }, { id: 'merino-socks', quantity: 2 }] })
    expect(recorder.last('shipping_info_added')?.properties).toMatchObject({ checkoutId: 'co_42', shippingMethod: 'standard' })
    expect(recorder.last('payment_info_entered')?.properties).toMatchObject({ checkoutId: 'co_42', paymentMethod: 'test' })
    expect(recorder.last('order_completed')?.properties).toEqual({
      orderId: 'order_1001',
      items: expect.any(Array),
      subtotal: cart.subtotal,
      shipping: cart.shipping,
      tax: cart.tax,
      discount: cart.discount,
      total: cart.total,
    })
    expect(onCreateOrder).toHaveBeenCalledWith(
      expect.objectContaining({ checkoutId: 'co_42', idempotencyKey: expect.any(String), details: expect.objectContaining({ email: address.email, postalCode: '10119' }) }),
    )
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ orderId: 'order_1001', paymentId: expect.stringMatching(/^pi_test_/), saveDetails: false }))
    expect(sessionStorage.getItem('jk:checkout:co_42')).toBeNull()
    await expect(container).toHaveNoAxeViolations()
  })

  it('puts the right autocomplete token on every field', () => {
    setup({ defaultValues: { country: 'US' } })
    const tokens = {
      Email: 'email',
      'Phone (optional)': 'tel',
      'First name': 'shipping given-name',
      'Last name': 'shipping family-name',
      'Street and number': 'shipping address-line1',
      'Apartment, suite, etc. (optional)': 'shipping address-line2',
      City: 'shipping address-level2',
      State: 'shipping address-level1',
      'ZIP code': 'shipping postal-code',
      Country: 'shipping country',
      'Card number': 'cc-number',
      'Expiry date (MM / YY)': 'cc-exp',
      'Security code (CVC)': 'cc-csc',
    }
    for (const [label, token] of Object.entries(tokens)) expect(screen.getByLabelText(label)).toHaveAttribute('autocomplete', token)
  })

  it('validates on blur per country and clears the error as soon as the value is fixed', async () => {
    const { user } = setup({ defaultValues: { country: 'US' } })
    const zip = screen.getByLabelText('ZIP code')
    await user.type(zip, '9410')
    await user.tab()
    expect(zip).toHaveAccessibleDescription('ZIP code is not valid, for example 12345.')
    expect(zip).toHaveAttribute('aria-invalid', 'true')
    await user.type(zip, '3')
    expect(zip).not.toHaveAttribute('aria-invalid')
    await user.type(zip, '-12')
    expect(zip).toHaveAccessibleDescription('ZIP code is not valid, for example 12345.')
    await user.type(zip, '34')
    expect(zip).toHaveAccessibleDescription('')

    const state = screen.getByLabelText('State')
    await user.click(state)
    await user.tab()
    expect(state).toHaveAccessibleDescription('State is required.')
  })

  it.each([
    ['GB', 'Postcode', 'SW1A1A', 'SW1A 1AA', null],
    ['DE', 'Postal code', '1011', '10115', null],
    ['FR', 'Postal code', '750', '75001', null],
    ['RO', 'Postal code', '01001', '010011', 'County'],
    ['CN', 'Postal code', '10000', '100000', 'Province'],
  ])('%s: labels its postal code "%s", checks it and asks for the region it needs', async (country, postalLabel, bad, good, region) => {
    const { user } = setup()
    await user.selectOptions(screen.getByLabelText('Country'), country)
    const postal = screen.getByLabelText(postalLabel)
    await user.type(postal, bad)
    await user.tab()
    expect(postal).toHaveAttribute('aria-invalid', 'true')
    await user.clear(postal)
    await user.type(postal, good)
    expect(postal).not.toHaveAttribute('aria-invalid')
    if (region) expect(screen.getByLabelText(region)).toHaveAttribute('autocomplete', 'shipping address-level1')
    else expect(screen.queryByLabelText(/State|Province|County/)).toBeNull()
  })

  it('shows a focused error summary on a failed submit whose links move focus to the field', async () => {
    const { user, onCreateOrder, container } = setup()
    await user.click(payButton())
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    expect(within(summary).getByRole('heading', { name: 'Fix 8 problems to continue' })).toBeInTheDocument()
    await user.click(within(summary).getByRole('link', { name: 'Email is required.' }))
    expect(screen.getByLabelText('Email')).toHaveFocus()
    await user.click(within(summary).getByRole('link', { name: 'Complete your payment details.' }))
    expect(screen.getByLabelText('Card number')).toHaveFocus()
    expect(screen.getByLabelText('Card number')).toHaveAccessibleDescription('Enter a valid card number.')
    expect(onCreateOrder).not.toHaveBeenCalled()
    await expect(container).toHaveNoAxeViolations()
  })

  it('keeps the form and reports the decline with the card message', async () => {
    const { user, recorder, container } = setup()
    await fillAddress(user)
    await fillCard(user, testCards.declined)
    await user.click(payButton())
    expect(await screen.findByText('Your card was declined.')).toBeInTheDocument()
    expect(recorder.last('payment_failed')?.properties).toEqual({ checkoutId: 'co_42', reason: 'card_declined', paymentMethod: 'test' })
    expect(recorder.names()).not.toContain('order_completed')
    expect(screen.getByLabelText('Email')).toHaveValue(address.email)
    expect(screen.getByLabelText('City')).toHaveValue('Berlin')
    await expect(container).toHaveNoAxeViolations()
  })

  it('completes the order when the authentication is approved', async () => {
    const { user, recorder } = setup()
    await fillAddress(user)
    await fillCard(user, testCards.authentication)
    await user.click(payButton())
    const dialog = await screen.findByRole('dialog', { name: 'Confirm this payment' })
    expect(dialog).toHaveAccessibleDescription('Your bank asks you to approve a test payment of €158.98.')
    await expect(dialog).toHaveNoAxeViolations()
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    expect(recorder.names().at(-1)).toBe('order_completed')
  })

  it('reports a failed authentication and keeps the form', async () => {
    const { user, recorder } = setup()
    await fillAddress(user)
    await fillCard(user, testCards.authentication)
    await user.click(payButton())
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Fail authentication' }))
    expect(await screen.findByText(/could not authenticate your payment/)).toBeInTheDocument()
    expect(recorder.last('payment_failed')?.properties.reason).toBe('authentication_failed')
    expect(screen.getByLabelText('Email')).toHaveValue(address.email)
  })

  it('creates one order when pay is clicked twice', async () => {
    let finish: (value: { orderId: string }) => void = () => {}
    const onCreateOrder = vi.fn(() => new Promise<{ orderId: string }>((resolve) => (finish = resolve)))
    const { user, recorder } = setup({ onCreateOrder })
    await fillAddress(user)
    await fillCard(user)
    await user.dblClick(payButton())
    await user.click(payButton())
    expect(payButton()).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByText('Processing your payment…')).toBeInTheDocument()
    finish({ orderId: 'order_1001' })
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    expect(onCreateOrder).toHaveBeenCalledTimes(1)
    expect(recorder.all('order_completed')).toHaveLength(1)
  })

  it('keeps the form on a network error and retries with the same idempotency key', async () => {
    const onCreateOrder = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue({ orderId: 'order_1002' })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { user, recorder } = setup({ onCreateOrder })
    await fillAddress(user)
    await fillCard(user)
    await user.click(payButton())
    expect(await screen.findByText(/could not reach the payment service/)).toBeInTheDocument()
    expect(recorder.last('payment_failed')?.properties).toMatchObject({ reason: 'network_error' })
    expect(screen.getByLabelText('Street and number')).toHaveValue(address.line1)
    await user.click(payButton())
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    const [first, second] = onCreateOrder.mock.calls.map(([input]) => (input as { idempotencyKey: string }).idempotencyKey)
    expect(second).toBe(first)
  })

  it('shows the message of a CheckoutError as is, and retries with the same key', async () => {
    const onCreateOrder = vi
      .fn()
      .mockRejectedValueOnce(new CheckoutError('Aurora 5 just sold out. Review your cart.', { code: 'sold_out' }))
      .mockResolvedValue({ orderId: 'order_1004' })
    const onPaymentFailed = vi.fn()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { user, recorder, container } = setup({ onCreateOrder, onPaymentFailed })
    await fillAddress(user)
    await fillCard(user)
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Aurora 5 just sold out\. Review your cart\.$/)
    expect(screen.queryByText(/could not reach/)).not.toBeInTheDocument()
    expect(recorder.last('payment_failed')?.properties).toEqual({ checkoutId: 'co_42', reason: 'sold_out', paymentMethod: 'test' })
    expect(onPaymentFailed).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
    expect(screen.getByLabelText('City')).toHaveValue('Berlin')
    await expect(container).toHaveNoAxeViolations()
    await user.click(payButton())
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    const [first, second] = onCreateOrder.mock.calls.map(([input]) => (input as { idempotencyKey: string }).idempotencyKey)
    expect(second).toBe(first)
  })

  it('keeps the generic message for any other rejection, and for a CheckoutError without a message', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const rejection = Object.assign(new Error('insert into orders: deadlock detected'), { code: 'sold_out' })
    const onCreateOrder = vi.fn().mockRejectedValueOnce(rejection).mockRejectedValueOnce(new CheckoutError('', { code: 'sold_out' }))
    const { user, recorder } = setup({ onCreateOrder })
    await fillAddress(user)
    await fillCard(user)
    await user.click(payButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the payment service.')
    expect(screen.queryByText(/deadlock/)).not.toBeInTheDocument()
    await user.click(payButton())
    await waitFor(() => expect(recorder.all('payment_failed')).toHaveLength(2))
    expect(screen.getByRole('alert')).toHaveTextContent('We could not reach the payment service.')
    expect(recorder.all('payment_failed').map((event) => event.properties.reason)).toEqual(['network_error', 'network_error'])
  })

  it('tells the app through onPaymentFailed when the payment of a created order fails', async () => {
    const onPaymentFailed = vi.fn()
    const { user } = setup({ onPaymentFailed })
    await fillAddress(user)
    await fillCard(user, testCards.declined)
    await user.click(payButton())
    await screen.findByText('Your card was declined.')
    expect(onPaymentFailed).toHaveBeenCalledExactlyOnceWith({ orderId: 'order_1001', reason: 'card_declined', message: 'Your card was declined.' })
  })

  it('calls onPaymentFailed with network_error when the adapter cannot be reached, and survives a throwing callback', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const adapter = createTestAdapter()
    vi.spyOn(adapter, 'confirm').mockRejectedValue(new TypeError('Failed to fetch'))
    const onPaymentFailed = vi.fn(() => {
      throw new Error('release failed')
    })
    const { user, recorder } = setup({ adapter, onPaymentFailed })
    await fillAddress(user)
    await fillCard(user)
    await user.click(payButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not reach the payment service/)
    expect(onPaymentFailed).toHaveBeenCalledExactlyOnceWith({ orderId: 'order_1001', reason: 'network_error' })
    expect(recorder.all('payment_failed')).toHaveLength(1)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('onPaymentFailed threw'), expect.any(Error))
  })

  it('keeps the confirmation when onComplete fails after a successful payment', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const onPaymentFailed = vi.fn()
    const { user, recorder } = setup({ onComplete: vi.fn().mockRejectedValue(new Error('redirect failed')), onPaymentFailed })
    await fillAddress(user)
    await fillCard(user)
    await user.click(payButton())
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('onComplete failed'), expect.any(Error)))
    expect(screen.getByRole('heading', { name: 'Thank you for your order' })).toBeInTheDocument()
    expect(recorder.names()).not.toContain('payment_failed')
    expect(onPaymentFailed).not.toHaveBeenCalled()
  })

  it('uses a new idempotency key when the details change', async () => {
    const onCreateOrder = vi.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValue({ orderId: 'order_1003' })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { user } = setup({ onCreateOrder })
    await fillAddress(user)
    await fillCard(user)
    await user.click(payButton())
    await screen.findByText(/could not reach/)
    await user.type(screen.getByLabelText('Apartment, suite, etc. (optional)'), '3. OG')
    await user.click(payButton())
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    const keys = onCreateOrder.mock.calls.map(([input]) => (input as { idempotencyKey: string }).idempotencyKey)
    expect(keys[1]).not.toBe(keys[0])
  })

  it('restores typed details after a reload, but never the card', async () => {
    const first = setup()
    await fillAddress(first.user)
    await fillCard(first.user)
    expect(sessionStorage.getItem('jk:checkout:co_42')).not.toContain('4242')
    first.unmount()

    setup()
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveValue(address.email))
    expect(screen.getByLabelText('City')).toHaveValue('Berlin')
    expect(screen.getByLabelText('Country')).toHaveValue('DE')
    expect(screen.getByRole('radio', { name: /DHL Standard/ })).toBeChecked()
    expect(screen.getByLabelText('Card number')).toHaveValue('')
  })

  it('asks the app to re-quote when the method changes and shows the new totals', async () => {
    const onQuote = vi.fn(async () => expressCart)
    const { user } = setup({ onQuote })
    await user.click(screen.getByRole('radio', { name: /DHL Express/ }))
    expect(onQuote).toHaveBeenCalledWith({ country: 'DE', shippingMethod: 'express' })
    await waitFor(() => expect(payButton()).toHaveTextContent('Pay €171.88'))
  })

  it('emits shipping_info_added once per distinct method', async () => {
    const { user, recorder } = setup()
    await fillAddress(user)
    await user.click(screen.getByRole('radio', { name: /DHL Express/ }))
    await user.click(screen.getByRole('radio', { name: /DHL Standard/ }))
    expect(recorder.all('shipping_info_added').map((event) => event.properties.shippingMethod)).toEqual(['standard', 'express'])
  })

  it('applies a coupon and reports a denied one with its reason', async () => {
    const onApplyCoupon = vi.fn(async (code: string) =>
      code === 'WELCOME10' ? { status: 'applied' as const, discount: couponCart.discount, cart: couponCart } : { status: 'denied' as const, reason: 'coupon_expired' },
    )
    const { user, recorder } = setup({ onApplyCoupon })
    const input = screen.getByLabelText('Discount code')
    await user.type(input, 'SUMMER24{Enter}')
    expect(await screen.findByText('This code has expired.')).toBeInTheDocument()
    expect(recorder.last('coupon_denied')?.properties).toEqual({ code: 'SUMMER24', reason: 'coupon_expired' })
    await user.clear(input)
    await user.type(input, 'WELCOME10')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(await screen.findByText('Code WELCOME10 applied: you save €15.90.')).toBeInTheDocument()
    expect(recorder.last('coupon_applied')?.properties).toEqual({ code: 'WELCOME10', discount: couponCart.discount })
    expect(payButton()).toHaveTextContent('Pay €143.08')
    expect(screen.getByText('Discount (WELCOME10)')).toBeInTheDocument()
  })

  it('pays with the keyboard only', async () => {
    const { user, recorder } = setup({ defaultValues: { ...address, shippingMethod: 'standard' } })
    screen.getByLabelText('Card number').focus()
    await user.keyboard('4242424242424242')
    await user.tab()
    await user.keyboard('1234')
    await user.tab()
    await user.keyboard('123')
    payButton().focus()
    await user.keyboard('{Enter}')
    await screen.findByRole('heading', { name: 'Thank you for your order' })
    expect(recorder.names()).toContain('order_completed')
  })

  it('shows loading and error states', async () => {
    const onRetry = vi.fn()
    const loading = setup({ status: 'loading' })
    expect(screen.getByRole('status')).toHaveTextContent('Loading')
    await expect(loading.container).toHaveNoAxeViolations()
    expect(loading.recorder.names()).toEqual([])
    loading.unmount()
    const failed = setup({ status: 'error', error: 'The cart could not be loaded.', onRetry })
    expect(screen.getByRole('alert')).toHaveTextContent('The cart could not be loaded.')
    await failed.user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalled()
    await expect(failed.container).toHaveNoAxeViolations()
  })

  it('is translated into German', async () => {
    const { user } = setup({}, { wrapper: ({ children }) => <LocaleProvider locale="de" translations={allTranslations}>{children}</LocaleProvider> })
    expect(screen.getByRole('heading', { name: 'Kasse' })).toBeInTheDocument()
    expect(screen.getByText('Testmodus – keine echte Zahlung')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Bestellübersicht' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /bezahlen/ }))
    expect(await screen.findByRole('link', { name: 'E-Mail ist erforderlich.' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /DHL Express/ }).closest('label')).toHaveTextContent('1 Werktag')
    expect(screen.getByRole('radio', { name: /DHL Standard/ }).closest('label')).toHaveTextContent('2–4 Werktage')
  })

  it('starts in the country of the euro cart', () => {
    setup()
    expect(screen.getByLabelText('Country')).toHaveValue('DE')
    expect(screen.getByLabelText('Postal code')).toBeInTheDocument()
  })

  it('shows a same-day range as one number of days, in the singular or plural, and a reversed range in order', () => {
    setup({
      shippingMethods: [
        ...shippingMethods,
        { id: 'freight', label: 'DB Schenker freight', price: { amount: 4900, currency: 'EUR' }, estimate: { minDays: 5, maxDays: 5 } },
        { id: 'economy', label: 'Deutsche Post Economy', price: { amount: 490, currency: 'EUR' }, estimate: { minDays: 6, maxDays: 3 } },
      ],
    })
    const method = (name: RegExp) => screen.getByRole('radio', { name }).closest('label')!
    expect(method(/DHL Express/)).toHaveTextContent(/1 business day$/)
    expect(method(/DHL Standard/)).toHaveTextContent(/2–4 business days$/)
    expect(method(/DB Schenker/)).toHaveTextContent(/5 business days$/)
    expect(method(/Deutsche Post/)).toHaveTextContent(/3–6 business days$/)
  })
})
