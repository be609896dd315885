// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from './test-database.server'
import {
  accountVisit,
  customerOrder,
  customerOrders,
  forgetAccountVisit,
  guardRefusal,
  lookupOrder,
  maskedEmailOf,
  rememberAccountVisit,
} from './account.server'
import type { Database } from './db.server'

let db: Database
let variant: { id: string; product_id: string; slug: string }

beforeAll(async () => {
  db = await openTestDatabase()
  await db.query("INSERT INTO customers (id, email, first_name) VALUES ('cus_olga', 'olga@example.com', 'Olga'), ('cus_pia', 'pia@example.com', null)")
  const { rows } = await db.query<{ id: string; product_id: string; slug: string }>(
    'SELECT v.id, v.product_id, p.slug FROM variants v JOIN products p ON p.id = v.product_id ORDER BY v.id LIMIT 1',
  )
  variant = rows[0]!
  for (const [id, customer, email, createdAt] of [
    ['NW-1001', 'cus_olga', 'olga@example.com', '2026-01-01T10:00:00Z'],
    ['NW-1002', 'cus_olga', 'olga@example.com', '2026-02-01T10:00:00Z'],
    ['NW-1003', 'cus_pia', 'pia@example.com', '2026-02-02T10:00:00Z'],
  ] as const) {
    await db.query(
      `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
         shipping_method, address, created_at)
       VALUES ($1, $1, $1, $2, $3, 'paid', 'EUR', 5998, 490, 958, 0, 6488, 'standard', '{}', $4)`,
      [id, customer, email, createdAt],
    )
    await db.query(
      "INSERT INTO order_lines (order_id, variant_id, product_id, name, variant_label, unit_amount, quantity) VALUES ($1, $2, $3, 'Trail Mug', 'Blue', 2999, 2)",
      [id, variant.id, variant.product_id],
    )
  }
}, 30_000)

afterAll(async () => {
  await db.close()
})

describe('lookupOrder', () => {
  it('finds an order by its number and the address it was placed with, ignoring case, spaces and #', async () => {
    const found = await lookupOrder(db, ' OLGA@example.com ', '#nw-1002 ')
    expect(found).toMatchObject({
      id: 'NW-1002',
      customerId: 'cus_olga',
      status: 'paid',
      total: { amount: 6488, currency: 'EUR' },
      createdAt: '2026-02-01T10:00:00.000Z',
      lines: [{ productId: variant.product_id, slug: variant.slug, name: 'Trail Mug', variantLabel: 'Blue', quantity: 2 }],
    })
  })

  it('finds nothing when either half of the pair is wrong, or empty', async () => {
    expect(await lookupOrder(db, 'olga@example.com', 'NW-1003')).toBeNull()
    expect(await lookupOrder(db, 'pia@example.com', 'NW-1002')).toBeNull()
    expect(await lookupOrder(db, 'olga@example.com', 'NW-9999')).toBeNull()
    expect(await lookupOrder(db, '', '')).toBeNull()
  })
})

describe('customer views', () => {
  it('opens an order only for the customer who placed it', async () => {
    expect((await customerOrder(db, 'cus_olga', 'NW-1001'))?.id).toBe('NW-1001')
    expect(await customerOrder(db, 'cus_pia', 'NW-1001')).toBeNull()
  })

  it('lists the customer’s orders newest first with item counts', async () => {
    expect((await customerOrders(db, 'cus_olga')).map((order) => [order.id, order.itemCount])).toEqual([
      ['NW-1002', 2],
      ['NW-1001', 2],
    ])
  })

  it('masks the address for display', async () => {
    expect(await maskedEmailOf(db, 'cus_olga')).toBe('o•••@example.com')
    expect(await maskedEmailOf(db, 'cus_nobody')).toBeNull()
  })
})

describe('the visit cookie', () => {
  const requestWith = (setCookie: string) => new Request('http://shop.test/account', { headers: { Cookie: setCookie.split(';')[0]! } })

  it('remembers the looked-up customer for the browser session only', async () => {
    const setCookie = await rememberAccountVisit({ customerId: 'cus_olga', orderId: 'NW-1002' })
    expect(setCookie).not.toMatch(/Max-Age|Expires/i)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(await accountVisit(requestWith(setCookie))).toEqual({ customerId: 'cus_olga', orderId: 'NW-1002' })
  })

  it('ignores a tampered or cleared cookie', async () => {
    const setCookie = await rememberAccountVisit({ customerId: 'cus_olga', orderId: 'NW-1002' })
    const [value, signature] = setCookie.split(';')[0]!.split('.')
    expect(await accountVisit(new Request('http://shop.test/', { headers: { Cookie: `${value}x.${signature}` } }))).toBeNull()
    expect(await accountVisit(requestWith(await forgetAccountVisit()))).toBeNull()
    expect(await accountVisit(new Request('http://shop.test/'))).toBeNull()
  })
})

describe('guardRefusal', () => {
  it('turns a thrown CSRF or rate-limit refusal into a form error, and nothing else', async () => {
    const { rateLimit, resetRateLimits } = await import('./rate-limit.server')
    const { data } = await import('react-router')
    await resetRateLimits(db)
    let thrown: unknown
    try {
      for (let index = 0; index < 3; index++) await rateLimit(db, 'guard-test', { limit: 2, windowMs: 60_000 })
    } catch (error) {
      thrown = error
    }
    expect(guardRefusal(thrown)).toEqual({ status: 429, error: 'Too many requests. Try again in a moment.' })
    expect(guardRefusal(data({ error: 'The form expired.' }, { status: 403 }))).toEqual({ status: 403, error: 'The form expired.' })
    expect(guardRefusal(new Error('database down'))).toBeNull()
    expect(guardRefusal(data({ error: 'boom' }, { status: 500 }))).toBeNull()
  })
})
