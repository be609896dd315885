import type { Item } from '@journeykit/core'
import { Recommendations } from '@journeykit/discovery'
import { useTrack } from '@journeykit/react'
import { Button, Money } from '@journeykit/ui'
import { useEffect, useRef } from 'react'
import { data, Link, useActionData, useFetcher, useLoaderData } from 'react-router'
import { useRootData } from '../root'
import {
  addToCart,
  CartError,
  cartLineItem,
  getCart,
  MAX_LINE_QUANTITY,
  previewCart,
  removeLine,
  updateLine,
  type CartPreview,
} from '../lib/cart.server'
import { getDatabase } from '../lib/db.server'
import { recommendProducts } from '../lib/recommendations/recommendations.server'
import { readShopSession, requireCsrf, sessionHeaders } from '../lib/session.server'
import type { Route } from './+types/cart'
import stylesheet from './cart.css?url'

export const meta: Route.MetaFunction = () => [
  { title: 'Your cart — Northwind Outfitters' },
  { name: 'robots', content: 'noindex' },
]

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

export async function loader({ request }: Route.LoaderArgs) {
  // Reads the session, never starts one: after a first add without JavaScript, the action's new
  // session cookie must not be replaced by a second, empty one from this loader.
  const session = await readShopSession(request)
  const db = await getDatabase()
  const cart = await getCart(db, session?.cartId ?? '')
  const inCart = cart.lines.map((line) => line.productId)
  const [preview, recommended] = await Promise.all([
    cart.lines.length > 0 ? previewCart(db, cart) : null,
    // beside the line added last, never what the cart already holds
    cart.lines.length > 0 ? recommendProducts(db, 'bought-together', inCart[inCart.length - 1]!, 4, { exclude: inCart }) : [],
  ])
  return data(
    {
      recommended,
      cartId: cart.id,
      itemCount: cart.itemCount,
      lines: cart.lines.map((line) => ({ ...line, item: cartLineItem(line) })),
      preview,
      maxQuantity: MAX_LINE_QUANTITY,
    },
  )
}

/** The journey event a successful change stands for: what was added or taken out (quantity = how many). */
export type CartChangeEvent = { name: 'product_added' | 'product_removed'; item: Item }

export type CartActionResult =
  | { ok: true; intent: 'add' | 'update' | 'remove'; cartId: string; event: CartChangeEvent | null; message: string }
  | { ok: false; error: string; code?: string; available?: number }

const fail = (error: string, extra: { code?: string; available?: number } = {}) =>
  data<CartActionResult>({ ok: false, error, ...extra }, { status: 400 })

/** A whole number from a form field; undefined when missing or not a number. */
function formInteger(value: FormDataEntryValue | null): number | undefined {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value.trim())) return undefined
  return Number(value)
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const session = await requireCsrf(request, form)
  const intent = form.get('intent')
  const variantId = form.get('variantId')
  if (intent !== 'add' && intent !== 'update' && intent !== 'remove') return fail('Unknown cart action.')
  if (typeof variantId !== 'string' || !variantId || variantId.length > 100) return fail('Choose an option first.', { code: 'unknown_variant' })
  const db = await getDatabase()
  const { cartId } = session
  try {
    if (intent === 'remove') {
      const removed = await removeLine(db, cartId, variantId)
      return data<CartActionResult>({
        ok: true,
        intent,
        cartId,
        event: removed && { name: 'product_removed', item: cartLineItem(removed) },
        message: removed ? `Removed ${removed.name} from your cart.` : 'That item was already removed.',
      })
    }
    const quantity = form.has('quantity') ? formInteger(form.get('quantity')) : intent === 'add' ? 1 : undefined
    if (quantity === undefined) return fail(`Choose a quantity from 1 to ${MAX_LINE_QUANTITY}.`, { code: 'invalid_quantity' })
    if (intent === 'add') {
      const line = await addToCart(db, cartId, variantId, quantity)
      const event: CartChangeEvent = { name: 'product_added', item: { ...cartLineItem(line), quantity } }
      // A visitor's first add to cart starts the session: the cookie is set here, not on the catalog pages.
      return data<CartActionResult>(
        { ok: true, intent, cartId, event, message: `Added ${quantity} × ${line.name} (${line.variantLabel}) to your cart.` },
        { headers: sessionHeaders(session) },
      )
    }
    const before = (await getCart(db, cartId)).lines.find((line) => line.variantId === variantId)
    const line = await updateLine(db, cartId, variantId, quantity)
    // The change as an event item: how many were added or taken out.
    const delta = before ? quantity - before.quantity : 0
    const event: CartChangeEvent | null =
      before && delta !== 0
        ? { name: delta > 0 ? 'product_added' : 'product_removed', item: { ...cartLineItem(before), quantity: Math.abs(delta) } }
        : null
    return data<CartActionResult>({
      ok: true,
      intent,
      cartId,
      event,
      message: line ? `${line.name}: quantity ${line.quantity}.` : `Removed ${before?.name ?? 'the item'} from your cart.`,
    })
  } catch (error) {
    if (error instanceof CartError) return fail(error.message, { code: error.code, ...(error.available !== undefined ? { available: error.available } : {}) })
    throw error
  }
}

type CartLineData = Route.ComponentProps['loaderData']['lines'][number]

export default function CartPage() {
  const { cartId, lines, preview, itemCount, maxQuantity, recommended } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const track = useTrack({ block: 'CartPage' })
  const viewed = useRef(false)

  useEffect(() => {
    if (viewed.current) return
    viewed.current = true
    track('cart_viewed', { items: lines.map((line) => line.item), cartId })
  }, [track, lines, cartId])

  return (
    <div className="cart-page">
      <h1 className="page-title">Your cart</h1>
      {actionData && (
        <p className={actionData.ok ? 'cart-notice' : 'cart-notice cart-notice-error'} role={actionData.ok ? 'status' : 'alert'}>
          {actionData.ok ? actionData.message : actionData.error}
        </p>
      )}
      {lines.length === 0 || !preview ? (
        <EmptyCart />
      ) : (
        <div className="cart-layout">
          <section aria-labelledby="cart-items-title" className="cart-items">
            <h2 id="cart-items-title" className="visually-hidden">
              Items ({itemCount})
            </h2>
            <ul className="cart-lines">
              {lines.map((line) => (
                <CartLineRow key={line.variantId} line={line} cartId={cartId} maxQuantity={maxQuantity} />
              ))}
            </ul>
          </section>
          <CartSummary preview={preview} itemCount={itemCount} canCheckout={lines.every((line) => line.quantity <= line.stock)} />
        </div>
      )}
      <Recommendations slot="bought-together" heading="Goes well with your cart" products={recommended} layout="carousel" />
    </div>
  )
}

function EmptyCart() {
  const { categories } = useRootData()
  return (
    <section className="cart-empty" aria-labelledby="cart-empty-title">
      <svg className="cart-empty-icon" viewBox="0 0 24 24" width="48" height="48" aria-hidden="true" focusable="false">
        <path d="M3 4h2l2.4 11.2a1 1 0 001 .8h8.9a1 1 0 001-.8L20 8H6.2M9 20a1 1 0 100-2 1 1 0 000 2zm8 0a1 1 0 100-2 1 1 0 000 2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <h2 id="cart-empty-title">Your cart is empty</h2>
      <p>Find something you like in one of our categories.</p>
      <ul className="cart-empty-links">
        {categories.map((category) => (
          <li key={category.id}>
            <Link to={`/c/${category.id}`} data-jk-button="" data-variant="secondary" data-size="md">
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

function CartLineRow({ line, cartId, maxQuantity: lineLimit }: { line: CartLineData; cartId: string; maxQuantity: number }) {
  const { csrf } = useRootData()
  const fetcher = useFetcher<typeof action>()
  const track = useTrack({ block: 'CartPage' })
  const pendingIntent = fetcher.formData?.get('intent')
  const removing = pendingIntent === 'remove' || (pendingIntent === 'update' && fetcher.formData?.get('quantity') === '0')
  const quantity = pendingIntent === 'update' ? Number(fetcher.formData?.get('quantity')) : line.quantity
  const maxQuantity = Math.min(line.stock, lineLimit)
  const label = `${line.name}, ${line.variantLabel}`
  const result = fetcher.data

  // Report each successful change once, when its response arrives.
  const reported = useRef<unknown>(null)
  useEffect(() => {
    if (!result || reported.current === result) return
    reported.current = result
    if (result.ok && result.event) track(result.event.name, { item: result.event.item, cartId })
  }, [result, track, cartId])

  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="variantId" value={line.variantId} />
    </>
  )

  return (
    <li className="cart-line" data-state={removing ? 'removing' : undefined} aria-busy={fetcher.state !== 'idle' || undefined}>
      <Link to={`/p/${line.slug}`} className="cart-line-image" tabIndex={-1} aria-hidden="true">
        {line.image ? <img src={line.image.src} alt="" width={96} height={96} /> : <span className="cart-line-placeholder" />}
      </Link>
      <div className="cart-line-info">
        <p className="cart-line-brand">{line.brand}</p>
        <h3 className="cart-line-name">
          <Link to={`/p/${line.slug}`}>{line.name}</Link>
        </h3>
        <p className="cart-line-variant">{line.variantLabel}</p>
        <p className="cart-line-unit">
          <Money value={line.unitPrice} /> each
        </p>
        {line.quantity > line.stock && (
          <p className="cart-line-warning" role="alert">
            {line.stock === 0 ? 'Sold out since you added it. Remove it to check out.' : `Only ${line.stock} left. Lower the quantity to check out.`}
          </p>
        )}
      </div>
      <div className="cart-line-controls">
        <fetcher.Form method="post" action="/cart">
          {hidden('update')}
          <div className="cart-stepper" role="group" aria-label={`Quantity of ${label}`}>
            <button
              type="submit"
              name="quantity"
              value={quantity - 1}
              className="cart-stepper-button"
              aria-label={`Decrease quantity of ${label}`}
              disabled={removing || quantity <= 1}
            >
              <span aria-hidden="true">−</span>
            </button>
            <output className="cart-stepper-value" aria-live="polite">
              <span className="visually-hidden">Quantity </span>
              {quantity}
            </output>
            <button
              type="submit"
              name="quantity"
              value={quantity + 1}
              className="cart-stepper-button"
              aria-label={`Increase quantity of ${label}`}
              disabled={removing || quantity >= maxQuantity}
            >
              <span aria-hidden="true">+</span>
            </button>
          </div>
        </fetcher.Form>
        <p className="cart-line-total">
          <span className="visually-hidden">Line total: </span>
          <Money value={{ amount: line.unitPrice.amount * quantity, currency: line.unitPrice.currency }} />
        </p>
        <fetcher.Form method="post" action="/cart">
          {hidden('remove')}
          <Button type="submit" variant="link" size="sm" className="cart-remove" disabled={removing}>
            Remove<span className="visually-hidden"> {label}</span>
          </Button>
        </fetcher.Form>
      </div>
      {result && !result.ok && (
        <p className="cart-line-error" role="alert">
          {result.error}
        </p>
      )}
    </li>
  )
}

function CartSummary({ preview, itemCount, canCheckout }: { preview: CartPreview; itemCount: number; canCheckout: boolean }) {
  return (
    <section className="cart-summary" aria-labelledby="cart-summary-title">
      <h2 id="cart-summary-title">Order summary</h2>
      <dl className="cart-totals">
        <div>
          <dt>
            Subtotal ({itemCount} {itemCount === 1 ? 'item' : 'items'})
          </dt>
          <dd>
            <Money value={preview.subtotal} />
          </dd>
        </div>
        <div>
          <dt>Standard shipping</dt>
          <dd>{preview.shipping ? preview.shipping.amount === 0 ? 'Free' : <Money value={preview.shipping} /> : 'Calculated at checkout'}</dd>
        </div>
        <div>
          <dt>VAT</dt>
          <dd>{preview.tax ? <>Included (<Money value={preview.tax} />)</> : 'Included'}</dd>
        </div>
        {preview.total && (
          <div className="cart-totals-total">
            <dt>Estimated total</dt>
            <dd>
              <Money value={preview.total} />
            </dd>
          </div>
        )}
      </dl>
      {preview.toFreeShipping ? (
        <p className="cart-free-shipping">
          Add <Money value={preview.toFreeShipping} /> more for free standard shipping.
        </p>
      ) : (
        <p className="cart-free-shipping cart-free-shipping-done">Your order ships free.</p>
      )}
      <p className="cart-summary-note">Shipping to Germany. Final shipping, tax and discounts are calculated at checkout for your address.</p>
      {canCheckout ? (
        <>
          <Link to="/checkout" className="cart-checkout" data-jk-button="" data-variant="primary" data-size="lg">
            Checkout
          </Link>
          <ul className="cart-assurances">
            <li>Secure checkout</li>
            <li>Free returns within 30 days</li>
            <li>2-year guarantee</li>
          </ul>
        </>
      ) : (
        <p className="cart-line-warning">Some items are no longer available in the quantity you chose.</p>
      )}
      <Link to="/" className="cart-continue">
        Continue shopping
      </Link>
    </section>
  )
}
