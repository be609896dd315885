// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertTestCatalog, openTestDatabase } from './test-database.server'
import {
  addToCart,
  CartError,
  cartLineItem,
  cartLinesForPricing,
  cartSubtotal,
  clearCart,
  getCart,
  previewCart,
  removeLine,
  updateLine,
} from './cart.server'
import type { Database } from './db.server'

let db: Database

// The file's own catalog rows, so the tests do not depend on the demo seed's contents.
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  await insertTestCatalog(db, { id: 'tents', name: 'Tents' }, [
    {
      id: 'p-tent',
      slug: 'trail-tent',
      name: 'Trail Tent',
      price: 24900,
      images: [{ src: '/images/tent.svg', alt: 'Green tent' }],
      variants: [
        { id: 'v-tent-2p', label: '2 person', stock: 3 },
        { id: 'v-tent-3p', label: '3 person', stock: 0 },
      ],
    },
    { id: 'p-lamp', slug: 'camp-lamp', name: 'Camp Lamp', brand: 'Lumen', price: 1999, variants: [{ id: 'v-lamp', label: 'One size', stock: 50 }] },
  ])
}, 60_000)

afterAll(() => db.close())

const cartError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(CartError)
  return error as CartError
}

describe('getCart', () => {
  it('is empty for a cart that was never written, without creating a row', async () => {
    expect(await getCart(db, 'cart-none')).toEqual({ id: 'cart-none', lines: [], itemCount: 0 })
    const { rows } = await db.query(`SELECT id FROM carts WHERE id = 'cart-none'`)
    expect(rows).toEqual([])
  })
})

describe('addToCart', () => {
  it('creates the cart lazily and returns lines priced from the products table', async () => {
    const line = await addToCart(db, 'cart-a', 'v-tent-2p', 2)
    expect(line).toEqual({
      variantId: 'v-tent-2p',
      productId: 'p-tent',
      slug: 'trail-tent',
      name: 'Trail Tent',
      brand: 'Northwind',
      categoryId: 'tents',
      categoryName: 'Tents',
      variantLabel: '2 person',
      image: { src: '/images/tent.svg', alt: 'Green tent' },
      unitPrice: { amount: 24900, currency: 'EUR' },
      quantity: 2,
      stock: 3,
    })
    await addToCart(db, 'cart-a', 'v-lamp', 1)
    const cart = await getCart(db, 'cart-a')
    expect(cart.itemCount).toBe(3)
    expect(cart.lines.map((l) => [l.name, l.quantity, l.image])).toEqual([
      ['Camp Lamp', 1, null],
      ['Trail Tent', 2, { src: '/images/tent.svg', alt: 'Green tent' }],
    ])
    expect(cartSubtotal(cart, 'EUR')).toEqual({ amount: 2 * 24900 + 1999, currency: 'EUR' })
  })

  it('adds to an existing line and touches the cart', async () => {
    await db.query(`UPDATE carts SET updated_at = now() - interval '1 day' WHERE id = 'cart-a'`)
    const line = await addToCart(db, 'cart-a', 'v-lamp', 4)
    expect(line.quantity).toBe(5)
    const { rows } = await db.query<{ fresh: boolean }>(`SELECT updated_at > now() - interval '1 minute' AS fresh FROM carts WHERE id = 'cart-a'`)
    expect(rows[0]?.fresh).toBe(true)
  })

  it('refuses more than the stock, counting what is already in the cart', async () => {
    const error = await cartError(addToCart(db, 'cart-a', 'v-tent-2p', 2))
    expect(error).toMatchObject({ code: 'out_of_stock', available: 3, inCart: 2 })
    expect(error.message).toBe('Only 3 of Trail Tent (2 person) in stock, and 2 already in your cart.')
    expect((await getCart(db, 'cart-a')).lines.find((l) => l.variantId === 'v-tent-2p')?.quantity).toBe(2)
  })

  it('refuses a sold-out variant', async () => {
    expect(await cartError(addToCart(db, 'cart-b', 'v-tent-3p', 1))).toMatchObject({ code: 'out_of_stock', available: 0, inCart: 0 })
    expect((await getCart(db, 'cart-b')).lines).toEqual([])
  })

  it('refuses quantities outside 1–20 and lines above 20', async () => {
    for (const quantity of [0, -1, 21, 1.5, Number.NaN]) {
      expect(await cartError(addToCart(db, 'cart-c', 'v-lamp', quantity))).toMatchObject({ code: 'invalid_quantity' })
    }
    await addToCart(db, 'cart-c', 'v-lamp', 20)
    expect(await cartError(addToCart(db, 'cart-c', 'v-lamp', 1))).toMatchObject({ code: 'invalid_quantity' })
  })

  it('refuses an unknown variant without creating a cart', async () => {
    expect(await cartError(addToCart(db, 'cart-d', 'v-nope', 1))).toMatchObject({ code: 'unknown_variant' })
    expect((await db.query(`SELECT id FROM carts WHERE id = 'cart-d'`)).rows).toEqual([])
  })
})

describe('updateLine and removeLine', () => {
  it('sets a quantity within the stock', async () => {
    await addToCart(db, 'cart-e', 'v-tent-2p', 1)
    expect((await updateLine(db, 'cart-e', 'v-tent-2p', 3))?.quantity).toBe(3)
    expect(await cartError(updateLine(db, 'cart-e', 'v-tent-2p', 4))).toMatchObject({ code: 'out_of_stock', available: 3 })
    expect(await cartError(updateLine(db, 'cart-e', 'v-tent-2p', 21))).toMatchObject({ code: 'invalid_quantity' })
    expect(await cartError(updateLine(db, 'cart-e', 'v-lamp', 1))).toMatchObject({ code: 'unknown_line' })
    expect((await getCart(db, 'cart-e')).lines.map((l) => l.quantity)).toEqual([3])
  })

  it('removes the line at quantity 0', async () => {
    await addToCart(db, 'cart-f', 'v-lamp', 2)
    expect(await updateLine(db, 'cart-f', 'v-lamp', 0)).toBeNull()
    expect((await getCart(db, 'cart-f')).lines).toEqual([])
  })

  it('returns the removed line as an event item, and null for a line that is not there', async () => {
    await addToCart(db, 'cart-g', 'v-lamp', 2)
    const removed = await removeLine(db, 'cart-g', 'v-lamp')
    expect(removed && cartLineItem(removed)).toEqual({
      id: 'p-lamp',
      name: 'Camp Lamp',
      price: { amount: 1999, currency: 'EUR' },
      quantity: 2,
      variant: 'One size',
      brand: 'Lumen',
      category: 'Tents',
    })
    expect(await removeLine(db, 'cart-g', 'v-lamp')).toBeNull()
  })
})

describe('cartLinesForPricing and clearCart', () => {
  it('gives priceCart ids and quantities only, then empties the cart', async () => {
    await addToCart(db, 'cart-h', 'v-lamp', 2)
    await addToCart(db, 'cart-h', 'v-tent-2p', 1)
    expect(await cartLinesForPricing(db, 'cart-h')).toEqual([
      { productId: 'p-lamp', variantId: 'v-lamp', quantity: 2 },
      { productId: 'p-tent', variantId: 'v-tent-2p', quantity: 1 },
    ])
    await clearCart(db, 'cart-h')
    expect(await cartLinesForPricing(db, 'cart-h')).toEqual([])
    expect((await db.query(`SELECT id FROM carts WHERE id = 'cart-h'`)).rows).toEqual([])
  })
})

describe('previewCart', () => {
  it('prices the cart with the checkout rules: standard shipping until free shipping, VAT included', async () => {
    await addToCart(db, 'cart-i', 'v-lamp', 2)
    expect(await previewCart(db, await getCart(db, 'cart-i'))).toEqual({
      subtotal: { amount: 3998, currency: 'EUR' },
      shipping: { amount: 490, currency: 'EUR' },
      tax: { amount: Math.round(((3998 + 490) * 0.19) / 1.19), currency: 'EUR' },
      total: { amount: 3998 + 490, currency: 'EUR' },
      toFreeShipping: { amount: 7500 - 3998, currency: 'EUR' },
    })
    await addToCart(db, 'cart-i', 'v-tent-2p', 1)
    expect(await previewCart(db, await getCart(db, 'cart-i'))).toMatchObject({ shipping: { amount: 0 }, toFreeShipping: null })
  })

  it('falls back to the plain subtotal when a line is above the stock', async () => {
    await addToCart(db, 'cart-j', 'v-tent-2p', 3)
    await db.query(`UPDATE variants SET stock = 1 WHERE id = 'v-tent-2p'`)
    try {
      expect(await previewCart(db, await getCart(db, 'cart-j'))).toEqual({
        subtotal: { amount: 3 * 24900, currency: 'EUR' },
        shipping: null,
        tax: null,
        total: null,
        toFreeShipping: null,
      })
    } finally {
      await db.query(`UPDATE variants SET stock = 3 WHERE id = 'v-tent-2p'`)
    }
  })
})
