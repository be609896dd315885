// @vitest-environment node
import axeSource from 'axe-core/axe.min.js?raw'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Secret, TOTP } from 'otpauth'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../app/lib/db.server'
import { createStaffAccount, launchChromium, startShop, watchErrors, type RunningShop } from './harness'

/**
 * The merchant's day in Debian's Chromium against the built server: the first owner sets a password
 * from the link `npm run admin:create` printed, signs in, ships one order, refunds part of another
 * publishes a review with a public reply, imports a catalog CSV (one bad row, fixed, imported
 * again), gives a variant its own price the product page then shows, and creates a coupon the home
 * banner then advertises; then the database says what happened.
 */
describe('the back office, end to end', () => {
  let shop: RunningShop
  let browser: Browser
  const owner = { email: 'owner@shop.example', password: 'the owner password', setPasswordPath: '' }
  const product = { id: '', slug: '', name: '', variant: '', variantLabel: '' }
  const REPLY = 'Thank you for the kind words — enjoy your hikes!'
  const NEW_DESCRIPTION = 'Now with a reinforced base, from the autumn 2026 run.'

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jk-shop-e2e-'))
    owner.setPasswordPath = await createStaffAccount(dataDir, owner.email, 'owner')
    // Two paid orders and a held review, written before the server takes the database.
    const db = await openDatabase({ dataDir })
    const { rows } = await db.query<{ variant: string; product: string; slug: string; name: string; label: string; price: number }>(
      `SELECT v.id AS variant, p.id AS product, p.slug, p.name, v.label, p.price_amount AS price FROM variants v JOIN products p ON p.id = v.product_id
       ORDER BY p.id, v.position LIMIT 1`,
    )
    const line = rows[0]!
    Object.assign(product, { id: line.product, slug: line.slug, name: line.name, variant: line.variant, variantLabel: line.label })
    await db.query(`INSERT INTO customers (id, email, first_name) VALUES ('c-e2e', 'mara@example.com', 'Mara')`)
    for (const id of ['NW-E2E-1', 'NW-E2E-2']) {
      await db.query(
        `INSERT INTO orders (id, checkout_id, idempotency_key, customer_id, email, status, currency, subtotal, shipping, tax, discount, total,
                             shipping_method, address, payment_id, paid_at)
         VALUES ($1, $1, $1, 'c-e2e', 'mara@example.com', 'paid', 'EUR', $2, 0, 0, 0, $2, 'standard', $3, $4, now())`,
        [id, line.price, JSON.stringify({ givenName: 'Mara', familyName: 'Ionescu', line1: 'Str. Lunga 1', city: 'Brasov', postalCode: '500000', country: 'RO' }), `pi_test_${id}`],
      )
      await db.query(`INSERT INTO order_lines (order_id, variant_id, product_id, name, variant_label, unit_amount, quantity) VALUES ($1, $2, $3, $4, $5, $6, 1)`, [
        id,
        line.variant,
        line.product,
        line.name,
        line.label,
        line.price,
      ])
    }
    await db.query(
      `INSERT INTO reviews (id, product_id, rating, title, body, author_name, verified, order_id, status, created_at)
       VALUES ('r-e2e', $1, 5, 'Light and tough', 'Carried it for a week in the mountains; not a scratch.', 'Mara I.', true, 'NW-E2E-1', 'held', now())`,
      [line.product],
    )
    await db.close()
    ;[shop, browser] = await Promise.all([startShop({}, { dataDir }), launchChromium()])
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await shop?.stop()
  })

  async function expectAccessible(page: Page) {
    await page.evaluate(axeSource)
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document)
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(violations, page.url()).toEqual([])
  }

  it('signs in → fulfils an order → refunds part of another → publishes a review with a reply', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = watchErrors(page)

    await page.goto(`${shop.url}${owner.setPasswordPath}`)
    await page.getByLabel('New password').fill(owner.password)
    await page.getByRole('button', { name: 'Save the password' }).click()
    await page.getByRole('status').getByText('Your password is set.').waitFor()
    await page.getByLabel('Email').fill(owner.email)
    await page.getByLabel('Password').fill(owner.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor()
    await expectAccessible(page)

    // find and ship the first order, by keyboard where a merchant would use it
    await page.getByRole('searchbox', { name: 'Search' }).fill('NW-E2E-1')
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter')
    await page.getByRole('status').getByText('1 orders').waitFor()
    await page.getByRole('link', { name: 'NW-E2E-1' }).click()
    await page.getByRole('heading', { name: /Order NW-E2E-1/ }).waitFor()
    await page.getByLabel('Carrier').fill('DHL')
    await page.getByLabel('Tracking number').fill('00340434161234567890')
    await page.getByRole('button', { name: 'Mark as shipped' }).click()
    await page.getByRole('status').getByText('The order is marked as shipped.').waitFor()
    await page.getByText('Shipped with DHL, tracking number 00340434161234567890.').waitFor()
    await expectAccessible(page)

    // refund 10.00 of the second
    await page.goto(`${shop.url}/admin/orders/NW-E2E-2`)
    await page.getByLabel('Amount (EUR)').fill('10.00')
    await page.getByLabel('Reason').fill('Late delivery')
    await page.getByRole('button', { name: 'Refund' }).click()
    await page.getByRole('status').getByText('The refund was made.').waitFor()
    await page.getByText(/Late delivery/).waitFor()

    // find the customer, give them points for the late delivery, and see the ledger line
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Customers' }).click()
    await page.getByRole('searchbox', { name: 'Search' }).fill('ionescu')
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter')
    await page.getByRole('status').getByText('1 customers').waitFor()
    await page.getByRole('link', { name: 'mara@example.com' }).click()
    await page.getByRole('heading', { name: 'mara@example.com', level: 1 }).waitFor()
    await page.getByLabel('Points (e.g. 50 or -50)').fill('25')
    await page.getByLabel('Reason', { exact: true }).fill('Sorry for the late delivery')
    await page.getByRole('button', { name: 'Adjust', exact: true }).click()
    await page.getByRole('status').getByText('The points were adjusted.').waitFor()
    await page.getByRole('row', { name: /adjusted by staff \+25 Sorry for the late delivery/ }).waitFor()
    await expectAccessible(page)

    // publish the held review with a public reply
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Reviews' }).click()
    const review = page.getByRole('article', { name: 'Light and tough' })
    await review.getByText('Verified buyer').waitFor()
    await review.getByLabel('Public reply').fill(REPLY)
    const posted = () => page.waitForResponse((response) => response.url().includes('/admin/reviews') && response.request().method() === 'POST')
    await Promise.all([posted(), review.getByRole('button', { name: 'Save the reply' }).click()])
    await Promise.all([posted(), review.getByRole('button', { name: 'Publish' }).click()])
    // published: it leaves the pending queue
    await review.waitFor({ state: 'detached' })
    await expectAccessible(page)

    // export the catalog, change a description, add a product with a bad price: the preview refuses it
    const exported = parse(await (await context.request.get(`${shop.url}/admin/products.csv`)).text(), { columns: true }) as Record<string, string>[]
    const ofProduct = exported.filter((row) => row.slug === product.slug).map((row) => ({ ...row, description: NEW_DESCRIPTION }))
    const newProduct = { ...ofProduct[0]!, product_id: 'p-e2e-cap', slug: 'e2e-cap', name: 'Trail cap', variant_id: 'v-e2e-cap', variant_label: 'Red', stock: '3' }
    const csvFile = (price: string) => ({ name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(stringify([...ofProduct, { ...newProduct, price }], { header: true })) })
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Products' }).click()
    await page.getByRole('link', { name: 'Import a CSV' }).click()
    await page.getByLabel('CSV file').setInputFiles(csvFile('0'))
    await page.getByRole('button', { name: 'Preview' }).click()
    await page.getByRole('alert').getByText('Nothing can be imported while a row has an error').waitFor()
    await page.getByRole('cell', { name: 'price: a price above zero, like 129.00.' }).waitFor()
    expect(await page.getByRole('button', { name: /^Import \d+ changes$/ }).count()).toBe(0)
    await expectAccessible(page)
    await page.getByLabel('CSV file').setInputFiles(csvFile('24.00'))
    await page.getByRole('button', { name: 'Preview' }).click()
    await page.getByRole('status').getByText(`1 to create, ${ofProduct.length} to update, 0 unchanged, 0 with errors.`).waitFor()
    await page.getByRole('button', { name: `Import ${ofProduct.length + 1} changes` }).click()
    await page.getByRole('status').getByText(`Imported: 1 created, ${ofProduct.length} updated, 0 unchanged.`).waitFor()

    // a variant's own price: 19.50, shown on the product page when that variant is chosen
    await page.goto(`${shop.url}/admin/products/${product.id}`)
    await page.getByLabel(`Price of ${product.variantLabel} (EUR); empty: the product’s price`).fill('19.50')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('status').getByText('Saved. The shop shows the change now.').waitFor()
    expect(await page.getByLabel(`Price of ${product.variantLabel} (EUR); empty: the product’s price`).inputValue()).toBe('19.50')
    await expectAccessible(page)
    await page.goto(`${shop.url}/p/${product.slug}`)
    const variantChoice = page.getByRole('radio', { name: new RegExp(`^${product.variantLabel}`) })
    if ((await variantChoice.count()) > 0) await variantChoice.check()
    await page.locator('.pdp-price-now').getByText(/19\.50/).waitFor()
    await page.goto(`${shop.url}/admin`)

    // a new coupon, advertised by the home page's banner
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Promotions' }).click()
    const newCoupon = page.getByRole('form', { name: 'New coupon' })
    await newCoupon.getByLabel('Code').fill('e2e25')
    await newCoupon.getByLabel('Value (% or EUR; empty for free shipping)').fill('25')
    await newCoupon.getByRole('button', { name: 'Create the coupon' }).click()
    await page.getByRole('status').getByText('Created.').waitFor()
    await page.getByRole('link', { name: 'All promotions' }).click()
    await page.getByLabel('Advertised coupon').selectOption('E2E25')
    await page.getByRole('button', { name: 'Save the banner' }).click()
    await page.getByRole('status').getByText('The home page shows the new banner now.').waitFor()
    await expectAccessible(page)
    await page.goto(shop.url)
    await page.getByText('25% off your order with code E2E25').waitFor()

    // the shop shows the reply and the imported description
    await page.goto(`${shop.url}/p/${product.slug}`)
    await page.getByText(REPLY).waitFor()
    await page.getByText(NEW_DESCRIPTION).waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)

  it('turns on two-factor sign-in from the QR page, then signs in with a recovery code', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${shop.url}/admin/login?next=/admin/account`)
    await page.getByLabel('Email').fill(owner.email)
    await page.getByLabel('Password').fill(owner.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor()
    await expectAccessible(page)
    // the person's authenticator app, given the key shown beside the QR code
    const key = (await page.getByText(/^Key:/).locator('code').textContent())!.replaceAll(' ', '')
    const code = new TOTP({ secret: Secret.fromBase32(key) }).generate()
    await page.getByLabel('Code from the app').fill(code)
    await page.getByRole('button', { name: 'Turn on' }).click()
    await page.getByRole('status').getByText('Two-factor sign-in is on.').waitFor()
    const recoveryCode = (await page.locator('.admin-codes code').first().textContent())!
    await page.getByRole('button', { name: 'Sign out', exact: true }).click()
    await page.getByRole('heading', { name: 'Sign in to the back office' }).waitFor()

    await page.getByLabel('Email').fill(owner.email)
    await page.getByLabel('Password').fill(owner.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Enter your sign-in code' }).waitFor()
    await expectAccessible(page)
    await page.getByLabel('Code').fill(recoveryCode)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('recorded each change once: fulfilment, the refund with its event, the review, two-factor sign-in, in the audit log', async () => {
    await shop.stop({ keepData: true })
    const db = await openDatabase({ dataDir: shop.dataDir })
    try {
      const orders = await db.query('SELECT id, status, carrier, tracking_number FROM orders WHERE id LIKE $1 ORDER BY id', ['NW-E2E-%'])
      expect(orders.rows).toEqual([
        { id: 'NW-E2E-1', status: 'fulfilled', carrier: 'DHL', tracking_number: '00340434161234567890' },
        { id: 'NW-E2E-2', status: 'paid', carrier: null, tracking_number: null },
      ])
      expect((await db.query("SELECT amount, reason FROM staff_refunds WHERE order_id = 'NW-E2E-2'")).rows).toEqual([{ amount: 1000, reason: 'Late delivery' }])
      const events = await db.query<{ total: string }>(
        "SELECT event->'properties'->'total'->>'amount' AS total FROM journey_events WHERE name = 'order_refunded' AND origin = 'server'",
      )
      expect(events.rows).toEqual([{ total: '1000' }])
      expect((await db.query("SELECT status, merchant_reply FROM reviews WHERE id = 'r-e2e'")).rows).toEqual([{ status: 'published', merchant_reply: REPLY }])
      expect((await db.query("SELECT p.name, p.price_amount, v.label, v.stock FROM products p JOIN variants v ON v.product_id = p.id WHERE p.id = 'p-e2e-cap'")).rows).toEqual([
        { name: 'Trail cap', price_amount: 2400, label: 'Red', stock: 3 },
      ])
      expect((await db.query('SELECT price_amount FROM variants WHERE id = $1', [product.variant])).rows).toEqual([{ price_amount: 1950 }])
      const audit = await db.query<{ action: string }>("SELECT action FROM audit_log WHERE staff_email = 'owner@shop.example' ORDER BY id")
      expect(audit.rows.map((row) => row.action)).toEqual([
        'staff.sign_in',
        'order.fulfil',
        'order.refund',
        'customer.points_adjust',
        'review.reply',
        'review.publish',
        'catalog.import',
        'product.update',
        'coupon.create',
        'promotions.banner',
        'staff.sign_in',
        'staff.two_factor_enable',
        'staff.recovery_code_use',
        'staff.sign_in',
      ])
    } finally {
      await db.close()
      shop.removeData()
    }
  })
})
