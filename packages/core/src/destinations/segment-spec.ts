import type { EventName, EventProperties, Item } from '../catalog'
import { itemsValue, toMajorUnits } from '../money'
import type { AnyJourneyEvent } from '../types'
import { MAX_ITEMS, compact, flatParams, itemsTotal, netValue, type Params } from './shared'

/** A Segment (and PostHog) call: E-commerce v2 name, or a Title Case custom name, with snake_case properties. */
export interface SegmentCall {
  name: string
  properties: Record<string, unknown>
  /** `page` for page views (`analytics.page()`), `track` for everything else. */
  kind: 'track' | 'page'
}

type Mapper<N extends EventName> = (properties: EventProperties<N>) => Params

const product = (item: Item): Params =>
  compact({
    product_id: item.id,
    name: item.name,
    price: toMajorUnits(item.price),
    quantity: item.quantity ?? 1,
    brand: item.brand,
    category: item.category,
    variant: item.variant,
    position: item.position,
    coupon: item.coupon,
    currency: item.price.currency,
  })

const products = (items: readonly Item[]) => items.slice(0, MAX_ITEMS).map(product)
const productEvent = (p: { item: Item; cartId?: string; listId?: string }) => ({
  ...product(p.item),
  value: toMajorUnits(itemsValue([p.item])),
  cart_id: p.cartId,
  list_id: p.listId,
})
const promotion: Mapper<'promotion_viewed' | 'promotion_clicked'> = (p) => ({
  promotion_id: p.promotionId,
  name: p.name,
  creative: p.creative,
  position: p.slot,
})

/** Mappings that differ from "Title Case name + flat snake_case properties": [properties, name?]. */
const SEGMENT: { [N in EventName]?: readonly [Mapper<N>, string?] } = {
  promotion_viewed: [promotion],
  promotion_clicked: [promotion],
  product_list_viewed: [(p) => ({ list_id: p.listId, category: p.listName, products: products(p.items) })],
  product_clicked: [productEvent],
  product_viewed: [productEvent],
  product_added: [productEvent],
  product_removed: [productEvent],
  comparison_viewed: [(p) => ({ list_id: 'comparison', products: products(p.items) }), 'Product List Viewed'],
  cart_viewed: [(p) => ({ cart_id: p.cartId, products: products(p.items) })],
  coupon_applied: [
    (p) => ({ coupon_id: p.code, coupon_name: p.code, discount: toMajorUnits(p.discount), currency: p.discount.currency }),
  ],
  coupon_denied: [(p) => ({ coupon: p.code, reason: p.reason })],
  checkout_started: [
    (p) => {
      const total = itemsTotal(p.items)
      return { order_id: p.checkoutId, ...total, revenue: total.value, coupon: p.coupon, products: products(p.items) }
    },
  ],
  shipping_info_added: [(p) => ({ checkout_id: p.checkoutId, step: 2, shipping_method: p.shippingMethod }), 'Checkout Step Completed'],
  payment_info_entered: [(p) => ({ checkout_id: p.checkoutId, step: 3, payment_method: p.paymentMethod })],
  order_completed: [
    (p) => ({
      order_id: p.orderId,
      total: toMajorUnits(p.total),
      subtotal: toMajorUnits(p.subtotal),
      revenue: netValue(p.subtotal, p.discount),
      shipping: toMajorUnits(p.shipping),
      tax: toMajorUnits(p.tax),
      discount: toMajorUnits(p.discount),
      coupon: p.coupon,
      currency: p.total.currency,
      products: products(p.items),
    }),
  ],
  order_refunded: [
    (p) => ({ order_id: p.orderId, total: toMajorUnits(p.total), currency: p.total.currency, products: p.items && products(p.items) }),
  ],
  // Segment's A/B testing spec
  experiment_viewed: [(p) => ({ experiment_id: p.experiment, experiment_name: p.experiment, variation_id: p.variant, variation_name: p.variant })],
  // Segment's Email spec
  email_clicked: [(p) => ({ campaign_name: p.campaign, link_id: p.link }), 'Email Link Clicked'],
  email_sent: [(p) => ({ campaign_name: p.campaign, email_id: p.messageId, email_template: p.template }), 'Email Sent'],
}

/** `points_earned` → `Points Earned`. */
const titleCase = (name: string) => name.replace(/(^|_)(\w)/g, (_, sep: string, c: string) => (sep && ' ') + c.toUpperCase())

/**
 * The Segment / PostHog call a journey event becomes (see docs/architecture.md §3): Segment
 * E-commerce v2 names and properties where the spec has them, otherwise the event name in Title Case
 * with flat snake_case properties. Money is in major units with its currency.
 */
export function toSegment(event: AnyJourneyEvent): SegmentCall {
  if (event.name === 'page_viewed') {
    const { url, path, title, referrer } = event.context.page
    return { name: 'Page Viewed', properties: compact({ url, path, title, referrer }), kind: 'page' }
  }
  const [map, name] = (SEGMENT[event.name] ?? []) as [Mapper<EventName>?, string?]
  return {
    name: name ?? titleCase(event.name),
    properties: compact(map ? map(event.properties) : flatParams(event.properties)),
    kind: 'track',
  }
}
