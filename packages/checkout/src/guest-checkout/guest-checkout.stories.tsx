import { storyRecorder } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'
import { createTestAdapter } from '../test-adapter/test-adapter'
import { CheckoutError } from './checkout-error'
import { address, cart, couponCart, defaultValues, expressCart, shippingMethods, testCards } from './fixtures'
import { GuestCheckout, type GuestCheckoutProps } from './guest-checkout'
import { storyMessage, type StoryMessage } from '../../../../.storybook/story-messages'

type Canvas = ReturnType<typeof within>
type User = { type(element: Element, text: string): Promise<void>; click(element: Element): Promise<void>; selectOptions(element: Element, value: string): Promise<void> }

async function fill(canvas: Canvas, userEvent: User, t: StoryMessage, card = testCards.success) {
  await userEvent.type(canvas.getByLabelText(t('checkout.guest.email')), address.email)
  await userEvent.selectOptions(canvas.getByLabelText(t('checkout.guest.country')), address.country)
  await userEvent.type(canvas.getByLabelText(t('checkout.guest.givenName')), address.givenName)
  await userEvent.type(canvas.getByLabelText(t('checkout.guest.familyName')), address.familyName)
  await userEvent.type(canvas.getByLabelText(t('checkout.guest.line1')), address.line1)
  await userEvent.type(canvas.getByLabelText(t('checkout.guest.city')), address.city)
  await userEvent.type(canvas.getByLabelText(t('checkout.guest.postalCode')), address.postalCode)
  await userEvent.click(canvas.getByRole('radio', { name: /DHL Standard/ }))
  await userEvent.type(canvas.getByLabelText(t('checkout.testAdapter.number')), card)
  await userEvent.type(canvas.getByLabelText(t('checkout.testAdapter.expiry')), '12/34')
  await userEvent.type(canvas.getByLabelText(t('checkout.testAdapter.cvc')), '123')
}

/** The submit button, whose label carries the total: "Pay €…" / "… bezahlen". */
function payButton(canvas: Canvas, t: StoryMessage) {
  return canvas.getByRole('button', { name: t.pattern('checkout.guest.pay') })
}

const trustLine: Record<string, string> = {
  en: 'Secure SSL checkout · 30-day free returns',
  de: 'Sichere SSL-Verbindung · 30 Tage kostenlose Rückgabe',
  'zh-CN': 'SSL 安全结账 · 30 天免费退货',
  ro: 'Plată securizată prin SSL · retur gratuit în 30 de zile',
}

const meta = {
  title: 'Checkout/GuestCheckout',
  tags: ['stage:purchase'],
  component: GuestCheckout,
  args: {
    checkoutId: 'co_story',
    cart,
    shippingMethods,
    defaultValues,
    adapter: createTestAdapter({ latency: 300 }),
    onCreateOrder: fn(async () => ({ orderId: 'order_1001' })),
    onComplete: fn(),
    onQuote: fn(async ({ shippingMethod }: { shippingMethod: string }) => (shippingMethod === 'express' ? expressCart : cart)),
    onApplyCoupon: fn(async (code: string) =>
      code.toUpperCase() === 'WELCOME10'
        ? { status: 'applied' as const, discount: couponCart.discount, cart: couponCart }
        : { status: 'denied' as const, reason: 'coupon_expired' },
    ),
    trust: <p>{trustLine.en}</p>,
  },
  parameters: {
    // The trust line is the shop's own copy: shown in the story's language.
    localizeArgs: (args: GuestCheckoutProps, locale: string) => ({ ...args, trust: <p>{trustLine[locale] ?? trustLine.en}</p> }),
  },
  beforeEach: () => sessionStorage.clear(),
} satisfies Meta<typeof GuestCheckout>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByText(t('checkout.testAdapter.badge'))).toBeVisible()
    await expect(canvas.getByLabelText(t('checkout.guest.country'))).toHaveValue('DE')
    await expect(canvas.getByText(t('checkout.guest.estimateDays', { count: 1 }))).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toEqual(['checkout_started']))
  },
}

export const Filled: Story = {
  args: { checkoutId: 'co_story_filled' },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await fill(canvas, userEvent, t)
    await userEvent.click(payButton(canvas, t))
    await canvas.findByRole('heading', { name: t('checkout.guest.successTitle') }, { timeout: 3000 })
    await waitFor(() =>
      expect(storyRecorder({ loaded }).names()).toEqual(['checkout_started', 'shipping_info_added', 'payment_info_entered', 'order_completed']),
    )
  },
}

export const Declined: Story = {
  args: { checkoutId: 'co_story_declined' },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await fill(canvas, userEvent, t, testCards.declined)
    await userEvent.click(payButton(canvas, t))
    await canvas.findByText(t('checkout.testAdapter.declined'), {}, { timeout: 3000 })
    await waitFor(() => expect(storyRecorder({ loaded }).last('payment_failed')?.properties.reason).toBe('card_declined'))
    await expect(canvas.getByLabelText(t('checkout.guest.email'))).toHaveValue(address.email)
  },
}

/** The app rejects the order with a `CheckoutError`: its message is shown as is. */
export const OrderRejected: Story = {
  args: {
    checkoutId: 'co_story_rejected',
    onCreateOrder: fn(async (): Promise<{ orderId: string }> => {
      throw new CheckoutError('Trail Runner GTX just sold out in size 42. Review your cart.', { code: 'sold_out' })
    }),
    onPaymentFailed: fn(),
  },
  play: async ({ canvas, userEvent, loaded, args }) => {
    const t = storyMessage({ loaded })
    await fill(canvas, userEvent, t)
    await userEvent.click(payButton(canvas, t))
    await expect(await canvas.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('Trail Runner GTX just sold out in size 42. Review your cart.')
    await waitFor(() => expect(storyRecorder({ loaded }).last('payment_failed')?.properties.reason).toBe('sold_out'))
    await expect(args.onPaymentFailed).not.toHaveBeenCalled()
  },
}

export const RequiresAuthentication: Story = {
  args: { checkoutId: 'co_story_3ds' },
  play: async ({ canvas, canvasElement, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await fill(canvas, userEvent, t, testCards.authentication)
    await userEvent.click(payButton(canvas, t))
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: t('checkout.testAdapter.authTitle') }, { timeout: 3000 })
    await userEvent.click(within(dialog).getByRole('button', { name: t('checkout.testAdapter.approve') }))
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('order_completed'), { timeout: 3000 })
  },
}

export const Submitting: Story = {
  args: { checkoutId: 'co_story_submitting', onCreateOrder: fn(() => new Promise<{ orderId: string }>(() => {})) },
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await fill(canvas, userEvent, t)
    await userEvent.click(payButton(canvas, t))
    await waitFor(() => expect(payButton(canvas, t)).toHaveAttribute('aria-busy', 'true'))
    await expect(storyRecorder({ loaded }).names()).toContain('payment_info_entered')
  },
}

export const CouponApplied: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.type(canvas.getByLabelText(t('checkout.coupon.label')), 'WELCOME10')
    await userEvent.click(canvas.getByRole('button', { name: t('checkout.coupon.apply') }))
    await canvas.findByText(t.pattern('checkout.coupon.applied', { code: 'WELCOME10' }))
    await waitFor(() => expect(storyRecorder({ loaded }).last('coupon_applied')?.properties.code).toBe('WELCOME10'))
  },
}

export const CouponDenied: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.type(canvas.getByLabelText(t('checkout.coupon.label')), 'SUMMER24')
    await userEvent.click(canvas.getByRole('button', { name: t('checkout.coupon.apply') }))
    await canvas.findByText(t('checkout.coupon.coupon_expired'))
    await waitFor(() => expect(storyRecorder({ loaded }).last('coupon_denied')?.properties).toEqual({ code: 'SUMMER24', reason: 'coupon_expired' }))
  },
}

export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(payButton(canvas, t))
    const summary = await canvas.findByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    await expect(storyRecorder({ loaded }).names()).not.toContain('order_completed')
  },
}

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, loaded }) => {
    const t = storyMessage({ loaded })
    await expect(canvas.getByRole('status')).toHaveTextContent(t('ui.loading'))
    await expect(storyRecorder({ loaded }).names()).toEqual([])
  },
}

export const LoadError: Story = {
  name: 'Error',
  args: { status: 'error', error: 'We could not load your cart.', onRetry: fn() },
  play: async ({ canvas, userEvent, args, loaded }) => {
    const t = storyMessage({ loaded })
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }))
    await expect(args.onRetry).toHaveBeenCalled()
    await expect(storyRecorder({ loaded }).names()).toEqual([])
  },
}

export const German: Story = {
  decorators: [(Story) => <LocaleProvider locale="de">{Story()}</LocaleProvider>],
  play: async ({ canvas, loaded }) => {
    await expect(canvas.getByRole('heading', { name: 'Kasse' })).toBeVisible()
    await expect(canvas.getByText('Testmodus – keine echte Zahlung')).toBeVisible()
    await waitFor(() => expect(storyRecorder({ loaded }).names()).toContain('checkout_started'))
  },
}
