// A small stand-in for api.stripe.com on loopback, for tests that drive the real `stripe` SDK:
// PaymentIntents create / retrieve / confirm with form-encoded bodies, Idempotency-Key replay
// and Stripe's error JSON. Not exported from the package.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

type Json = Record<string, unknown>

export interface FakeStripeRequest {
  method: string
  path: string
  body: Json
  idempotencyKey?: string
}

export interface FakeStripe {
  port: number
  /** Every request received, in order (idempotent replays included). */
  requests: FakeStripeRequest[]
  intents: Map<string, Json>
  close(): Promise<void>
}

/** Test payment methods, as in Stripe's test mode. */
const OUTCOMES: Record<string, 'succeeded' | 'declined' | 'requires_action'> = {
  pm_card_visa: 'succeeded',
  pm_card_chargeDeclined: 'declined',
  pm_card_authenticationRequired: 'requires_action',
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: FakeStripeRequest[] = []
  const intents = new Map<string, Json>()
  const replays = new Map<string, { fingerprint: string; status: number; body: Json }>()
  let sequence = 0

  const server = createServer(async (req, res) => {
    const body = parseForm(await readBody(req))
    const path = (req.url ?? '/').split('?')[0]!
    const method = req.method ?? 'GET'
    const idempotencyKey = header(req, 'idempotency-key')
    requests.push({ method, path, body, ...(idempotencyKey ? { idempotencyKey } : {}) })

    if (!header(req, 'authorization')?.startsWith('Bearer sk_test_')) {
      return send(res, 401, stripeError('authentication_error', 'Invalid API Key provided.'))
    }
    const fingerprint = `${method} ${path} ${JSON.stringify(body)}`
    const replay = method === 'POST' && idempotencyKey ? replays.get(idempotencyKey) : undefined
    if (replay) {
      if (replay.fingerprint !== fingerprint) {
        return send(res, 400, stripeError('idempotency_error', 'Keys for idempotent requests can only be used with the same parameters they were first used with.'))
      }
      return send(res, replay.status, replay.body, { 'idempotent-replayed': 'true' })
    }
    const [status, response] = route(method, path, body)
    if (method === 'POST' && idempotencyKey) replays.set(idempotencyKey, { fingerprint, status, body: response })
    send(res, status, response)
  })

  function route(method: string, path: string, body: Json): [number, Json] {
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(body)
    const match = /^\/v1\/payment_intents\/([^/]+)(\/confirm)?$/.exec(path)
    const intent = match ? intents.get(match[1]!) : undefined
    if (!intent) return [404, stripeError('invalid_request_error', 'No such payment_intent.', { code: 'resource_missing' })]
    if (method === 'GET' && !match![2]) return [200, intent]
    if (method === 'POST' && match![2]) return confirmIntent(intent, body)
    return [404, stripeError('invalid_request_error', `Unrecognized request URL (${method}: ${path}).`)]
  }

  function createIntent(body: Json): [number, Json] {
    const amount = Number(body.amount)
    if (!Number.isInteger(amount) || !body.currency) {
      return [400, stripeError('invalid_request_error', 'Missing required param: amount or currency.', { code: 'parameter_missing' })]
    }
    if (amount < 50) return [400, stripeError('invalid_request_error', 'Amount must be at least 50 cents.', { code: 'amount_too_small', param: 'amount' })]
    const id = `pi_fake_${++sequence}`
    const intent: Json = {
      id,
      object: 'payment_intent',
      amount,
      currency: body.currency,
      status: 'requires_payment_method',
      client_secret: `${id}_secret_${sequence}`,
      automatic_payment_methods: body.automatic_payment_methods ?? null,
      metadata: body.metadata ?? {},
      receipt_email: body.receipt_email ?? null,
      livemode: false,
      created: Math.floor(Date.now() / 1000),
      last_payment_error: null,
      next_action: null,
    }
    intents.set(id, intent)
    return [200, intent]
  }

  function confirmIntent(intent: Json, body: Json): [number, Json] {
    if (intent.status === 'succeeded') {
      return [400, stripeError('invalid_request_error', 'This PaymentIntent has already succeeded.', { code: 'payment_intent_unexpected_state' })]
    }
    const outcome = OUTCOMES[String(body.payment_method)] ?? 'succeeded'
    if (outcome === 'declined') {
      const error = { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' }
      Object.assign(intent, { status: 'requires_payment_method', last_payment_error: error })
      return [402, { error: { ...error, payment_intent: intent } }]
    }
    if (outcome === 'requires_action') {
      Object.assign(intent, { status: 'requires_action', next_action: { type: 'use_stripe_sdk' } })
    } else {
      Object.assign(intent, { status: 'succeeded', last_payment_error: null, next_action: null })
    }
    return [200, intent]
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    intents,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

function stripeError(type: string, message: string, extra: Json = {}): Json {
  return { error: { type, message, ...extra } }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_fake_${Date.now()}`, ...headers })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of req) text += chunk
  return text
}

/** `a=1&metadata[orderId]=o1&automatic_payment_methods[enabled]=true` → nested object. */
function parseForm(text: string): Json {
  const result: Json = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.split(/\[|\]\[|\]/).filter(Boolean)
    let target = result
    for (const [index, segment] of path.entries()) {
      if (index === path.length - 1) target[segment] = value
      else target = (target[segment] ??= {}) as Json
    }
  }
  return result
}
