// @vitest-environment node
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PaymentIntentError } from './errors'
import { createPaymentIntent } from './payment-intent'
import { startFakeStripe, type FakeStripe } from './testing/fake-stripe'

let fake: FakeStripe
let stripe: Stripe

beforeAll(async () => {
  fake = await startFakeStripe()
  stripe = new Stripe('sk_test_journeykit', { host: '127.0.0.1', port: fake.port, protocol: 'http', maxNetworkRetries: 0 })
})
afterAll(() => fake.close())

const order = { id: 'order_1001', total: { amount: 13395, currency: 'EUR' }, customerEmail: 'ana@example.com', metadata: { checkoutId: 'co_1' } }

describe('createPaymentIntent', () => {
  it('creates an intent with the lowercased currency, automatic payment methods and the order id', async () => {
    const intent = await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-1' })
    expect(intent.clientSecret).toMatch(/^pi_fake_\d+_secret_/)
    expect(intent.status).toBe('requires_payment_method')
    const request = fake.requests.at(-1)!
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/payment_intents',
      idempotencyKey: 'attempt-1',
      body: { amount: '13395', currency: 'eur', automatic_payment_methods: { enabled: 'true' }, metadata: { orderId: 'order_1001', checkoutId: 'co_1' }, receipt_email: 'ana@example.com' },
    })
  })

  it('returns the same intent for the same idempotency key', async () => {
    const first = await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-2' })
    const again = await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-2' })
    expect(again.id).toBe(first.id)
    const other = await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-3' })
    expect(other.id).not.toBe(first.id)
  })

  it('confirms through the SDK: succeeded, declined with Stripe\'s error, requires action', async () => {
    const ok = await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-4' })
    expect((await stripe.paymentIntents.confirm(ok.id, { payment_method: 'pm_card_visa' })).status).toBe('succeeded')
    expect((await stripe.paymentIntents.retrieve(ok.id)).status).toBe('succeeded')

    const declined = await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-5' })
    const error = await stripe.paymentIntents.confirm(declined.id, { payment_method: 'pm_card_chargeDeclined' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(error).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' })

    const action = await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-6' })
    expect((await stripe.paymentIntents.confirm(action.id, { payment_method: 'pm_card_authenticationRequired' })).status).toBe('requires_action')
  })

  it('rejects a non-positive or fractional total before calling Stripe', async () => {
    const before = fake.requests.length
    for (const amount of [0, -100, 12.5]) {
      await expect(createPaymentIntent(stripe, { ...order, total: { amount, currency: 'EUR' } }, { idempotencyKey: `bad-${amount}` })).rejects.toMatchObject({
        name: 'PaymentIntentError',
        code: 'invalid_amount',
      })
    }
    expect(fake.requests.length).toBe(before)
  })

  it('wraps Stripe\'s refusal in a PaymentIntentError with its code', async () => {
    const error = await createPaymentIntent(stripe, { ...order, total: { amount: 10, currency: 'EUR' } }, { idempotencyKey: 'tiny' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PaymentIntentError)
    expect(error).toMatchObject({ code: 'amount_too_small' })
  })

  it('reports a reused key with other parameters as idempotency_error', async () => {
    await createPaymentIntent(stripe, order, { idempotencyKey: 'attempt-7' })
    const error = await createPaymentIntent(stripe, { ...order, total: { amount: 999, currency: 'EUR' } }, { idempotencyKey: 'attempt-7' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PaymentIntentError)
    expect((error as PaymentIntentError).code).toBe('idempotency_error')
  })
})
