// @vitest-environment node
import Stripe from 'stripe'
import { describe, expect, it, vi } from 'vitest'
import { WebhookSignatureError } from './errors'
import { createMemoryEventStore, handleStripeWebhook } from './webhook'

const secret = 'whsec_test_journeykit'
const stripe = new Stripe('sk_test_journeykit')

function signedEvent(type: string, object: Record<string, unknown>, { id = `evt_${type}`, timestamp }: { id?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify({ id, object: 'event', type, api_version: '2026-01-01', created: 1_790_000_000, data: { object }, livemode: false })
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) })
  return { payload, header }
}

const intent = { id: 'pi_1', object: 'payment_intent', amount: 13395, currency: 'eur', metadata: { orderId: 'order_1001' }, status: 'succeeded' }

describe('handleStripeWebhook', () => {
  it('verifies and dispatches payment_intent.succeeded', async () => {
    const onPaymentSucceeded = vi.fn()
    const { payload, header } = signedEvent('payment_intent.succeeded', intent, { id: 'evt_ok' })
    const result = await handleStripeWebhook(payload, header, secret, { onPaymentSucceeded, ...createMemoryEventStore() }, { stripe })
    expect(result).toEqual({ status: 'processed', type: 'payment_intent.succeeded', id: 'evt_ok' })
    expect(onPaymentSucceeded).toHaveBeenCalledWith(expect.objectContaining({ id: 'pi_1', metadata: { orderId: 'order_1001' } }), expect.objectContaining({ id: 'evt_ok' }))
  })

  it('dispatches payment failures and refunds; ignores other types', async () => {
    const onPaymentFailed = vi.fn()
    const onRefunded = vi.fn()
    const handlers = { onPaymentFailed, onRefunded, ...createMemoryEventStore() }
    const failed = signedEvent('payment_intent.payment_failed', { ...intent, status: 'requires_payment_method' })
    expect((await handleStripeWebhook(Buffer.from(failed.payload), failed.header, secret, handlers, { stripe })).status).toBe('processed')
    const refunded = signedEvent('charge.refunded', { id: 'ch_1', object: 'charge', amount_refunded: 13395 })
    expect((await handleStripeWebhook(refunded.payload, refunded.header, secret, handlers, { stripe })).status).toBe('processed')
    const other = signedEvent('customer.created', { id: 'cus_1' })
    expect(await handleStripeWebhook(other.payload, other.header, secret, handlers, { stripe })).toEqual({ status: 'ignored', type: 'customer.created', id: 'evt_customer.created' })
    expect(onPaymentFailed).toHaveBeenCalledTimes(1)
    expect(onRefunded).toHaveBeenCalledWith(expect.objectContaining({ id: 'ch_1' }), expect.anything())
  })

  it('rejects a forged signature, a wrong secret, a missing header and a tampered body', async () => {
    const onPaymentSucceeded = vi.fn()
    const { payload, header } = signedEvent('payment_intent.succeeded', intent)
    await expect(handleStripeWebhook(payload, 't=1790000000,v1=deadbeef', secret, { onPaymentSucceeded }, { stripe })).rejects.toBeInstanceOf(WebhookSignatureError)
    await expect(handleStripeWebhook(payload, header, 'whsec_other', { onPaymentSucceeded }, { stripe })).rejects.toBeInstanceOf(WebhookSignatureError)
    await expect(handleStripeWebhook(payload, undefined, secret, { onPaymentSucceeded }, { stripe })).rejects.toBeInstanceOf(WebhookSignatureError)
    const tampered = payload.replace('13395', '1')
    await expect(handleStripeWebhook(tampered, header, secret, { onPaymentSucceeded }, { stripe })).rejects.toBeInstanceOf(WebhookSignatureError)
    expect(onPaymentSucceeded).not.toHaveBeenCalled()
  })

  it('rejects a stale signature beyond the tolerance', async () => {
    const onPaymentSucceeded = vi.fn()
    const { payload, header } = signedEvent('payment_intent.succeeded', intent, { timestamp: Math.floor(Date.now() / 1000) - 600 })
    await expect(handleStripeWebhook(payload, header, secret, { onPaymentSucceeded }, { stripe, tolerance: 300 })).rejects.toBeInstanceOf(WebhookSignatureError)
    expect(onPaymentSucceeded).not.toHaveBeenCalled()
  })

  it('treats a replayed event as a duplicate that changes nothing', async () => {
    const onPaymentSucceeded = vi.fn()
    const store = createMemoryEventStore()
    const { payload, header } = signedEvent('payment_intent.succeeded', intent, { id: 'evt_replayed' })
    await handleStripeWebhook(payload, header, secret, { onPaymentSucceeded, ...store }, { stripe })
    const replay = await handleStripeWebhook(payload, header, secret, { onPaymentSucceeded, ...store }, { stripe })
    expect(replay).toEqual({ status: 'duplicate', type: 'payment_intent.succeeded', id: 'evt_replayed' })
    expect(onPaymentSucceeded).toHaveBeenCalledTimes(1)
  })

  it('de-duplicates with the default in-memory store and with an async durable one', async () => {
    const onPaymentSucceeded = vi.fn()
    const { payload, header } = signedEvent('payment_intent.succeeded', intent, { id: 'evt_default_store' })
    await handleStripeWebhook(payload, header, secret, { onPaymentSucceeded }, { stripe })
    expect((await handleStripeWebhook(payload, header, secret, { onPaymentSucceeded }, { stripe })).status).toBe('duplicate')

    const durable = new Set<string>()
    const handlers = { onPaymentSucceeded, seen: async (id: string) => durable.has(id), markSeen: async (id: string) => void durable.add(id) }
    const next = signedEvent('payment_intent.succeeded', intent, { id: 'evt_durable' })
    await handleStripeWebhook(next.payload, next.header, secret, handlers, { stripe })
    expect((await handleStripeWebhook(next.payload, next.header, secret, handlers, { stripe })).status).toBe('duplicate')
    expect(durable.has('evt_durable')).toBe(true)
    expect(onPaymentSucceeded).toHaveBeenCalledTimes(2)
  })

  it('does not mark an event seen when its handler throws, so a redelivery is processed', async () => {
    const store = createMemoryEventStore()
    const onPaymentSucceeded = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(undefined)
    const { payload, header } = signedEvent('payment_intent.succeeded', intent, { id: 'evt_retry' })
    await expect(handleStripeWebhook(payload, header, secret, { onPaymentSucceeded, ...store }, { stripe })).rejects.toThrow('database down')
    expect((await handleStripeWebhook(payload, header, secret, { onPaymentSucceeded, ...store }, { stripe })).status).toBe('processed')
  })
})
