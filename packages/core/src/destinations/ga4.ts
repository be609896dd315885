import type { EventName, EventProperties, Item } from '../catalog'
import { isEventName } from '../catalog'
import { allows } from '../consent'
import { toMajorUnits } from '../money'
import type { AnyJourneyEvent, ConsentState, Destination, DestinationCategory, JourneyEvent } from '../types'
import { MAX_ITEMS, compact, flatParams, itemsTotal, netValue, type Params } from './shared'

type ConsentSignal = 'ad_storage' | 'analytics_storage' | 'ad_user_data' | 'ad_personalization'
type Gtag = (...args: unknown[]) => void

export interface Ga4Options {
  /** Where to push when there is no `gtag` function. Default: `window.dataLayer` (created if missing). */
  dataLayer?: unknown[]
  /** The `gtag` function. Default: `window.gtag` when it exists at send time. */
  gtag?: Gtag
  /** Default `'analytics'`. */
  category?: DestinationCategory
  /** Consent Mode v2 defaults sent while consent is pending (all `'denied'` unless overridden). */
  consentDefaults?: Partial<Record<ConsentSignal, 'granted' | 'denied'>>
  /**
   * Maps an event before the built-in table; `undefined` leaves it to the table. E.g. `toGa4Experiment` of
   * @journeykit/experiments (`experiment_viewed` → `experience_impression`), kept there so apps without experiments do not ship it.
   */
  map?: (event: AnyJourneyEvent) => Ga4Call | undefined
}

/** A GA4 event: its recommended (or custom snake_case) name and parameters. */
export interface Ga4Call {
  name: string
  params: Record<string, unknown>
}

type Mapper<N extends EventName> = (properties: EventProperties<N>, event: JourneyEvent<N>) => Params
/** [GA4 name, parameters (default: flat snake_case), 1 for e-commerce events, whose parameters GTM expects inside `ecommerce`]. */
type Ga4Entry<N extends EventName> = readonly [string, Mapper<N>?, 1?]

const ga4Item = (item: Item): Params =>
  compact({
    item_id: item.id,
    item_name: item.name,
    price: toMajorUnits(item.price),
    quantity: item.quantity ?? 1,
    item_brand: item.brand,
    item_category: item.category,
    item_variant: item.variant,
    index: item.position,
    item_list_id: item.listId,
    coupon: item.coupon,
  })

const items = (list: readonly Item[]) => ({ items: list.slice(0, MAX_ITEMS).map(ga4Item) })
const priced = (list: readonly Item[]) => ({ ...itemsTotal(list), ...items(list) })
const promotion: Mapper<'promotion_viewed' | 'promotion_clicked'> = (p) => ({
  promotion_id: p.promotionId,
  promotion_name: p.name,
  creative_name: p.creative,
  creative_slot: p.slot,
})
const points = (value: number) => ({ virtual_currency_name: 'points', value })

/** Catalog event → GA4 event; events not listed become custom events with flat snake_case parameters. */
const GA4: { [N in EventName]?: Ga4Entry<N> } = {
  page_viewed: ['page_view', (_, { context: { page } }) => ({ page_location: page.url, page_title: page.title, page_referrer: page.referrer })],
  promotion_viewed: ['view_promotion', promotion, 1],
  promotion_clicked: ['select_promotion', promotion, 1],
  lead_captured: ['generate_lead'],
  products_searched: ['search', (p) => ({ search_term: p.query })],
  product_list_viewed: ['view_item_list', (p) => ({ item_list_id: p.listId, item_list_name: p.listName, ...items(p.items) }), 1],
  product_clicked: ['select_item', (p) => ({ item_list_id: p.listId ?? p.item.listId, ...items([p.item]) }), 1],
  product_viewed: ['view_item', (p) => priced([p.item]), 1],
  comparison_viewed: ['view_item_list', (p) => ({ item_list_id: 'comparison', ...items(p.items) }), 1],
  reviews_interacted: ['select_content', (p) => ({ content_type: 'review', content_id: p.productId })],
  product_added: ['add_to_cart', (p) => priced([p.item]), 1],
  product_removed: ['remove_from_cart', (p) => priced([p.item]), 1],
  cart_viewed: ['view_cart', (p) => priced(p.items), 1],
  checkout_started: ['begin_checkout', (p) => ({ ...priced(p.items), coupon: p.coupon }), 1],
  shipping_info_added: ['add_shipping_info', (p) => ({ ...priced(p.items), shipping_tier: p.shippingMethod }), 1],
  payment_info_entered: ['add_payment_info', (p) => ({ ...priced(p.items), payment_type: p.paymentMethod }), 1],
  order_completed: [
    'purchase',
    (p) => ({
      transaction_id: p.orderId,
      currency: p.subtotal.currency,
      value: netValue(p.subtotal, p.discount),
      tax: toMajorUnits(p.tax),
      shipping: toMajorUnits(p.shipping),
      coupon: p.coupon,
      ...items(p.items),
    }),
    1,
  ],
  order_refunded: [
    'refund',
    (p) => ({ transaction_id: p.orderId, currency: p.total.currency, value: toMajorUnits(p.total), ...(p.items && items(p.items)) }),
    1,
  ],
  points_earned: ['earn_virtual_currency', (p) => points(p.points)],
  reward_redeemed: ['spend_virtual_currency', (p) => ({ ...points(p.points), item_name: p.rewardId })],
  referral_shared: ['share', (p) => ({ method: p.channel, content_type: 'referral', item_id: p.referralCode })],
}

const entry = (event: AnyJourneyEvent) => GA4[event.name] as Ga4Entry<EventName> | undefined

/**
 * The GA4 event a journey event becomes (the mapping table below; docs/architecture.md "Journey events"): a recommended event where
 * GA4 has one, otherwise a custom event with the same name and flat snake_case parameters.
 * `null` for names outside the catalog.
 */
export function toGa4(event: AnyJourneyEvent): Ga4Call | null {
  if (!isEventName(event.name)) return null
  const [name = event.name, map] = entry(event) ?? []
  return { name, params: compact(map ? map(event.properties, event) : flatParams(event.properties)) }
}

interface GtagWindow {
  gtag?: Gtag
  dataLayer?: unknown[]
}

/**
 * Google Analytics 4 through `gtag()` or the GTM `dataLayer`, with Consent Mode v2 signals.
 * Touches `window` only when sending, never on import or on the server.
 */
export function ga4(options: Ga4Options = {}): Destination {
  /** Calls `gtag(...gtagArgs)` when there is one, else pushes `entries` to the data layer (created on `window` if missing); nothing on the server. */
  const output = (gtagArgs: Iterable<unknown>, ...entries: unknown[]) => {
    const win = globalThis.window as GtagWindow | undefined
    const gtag = options.gtag ?? win?.gtag
    if (typeof gtag === 'function') gtag(...gtagArgs)
    else (options.dataLayer ?? (win && (win.dataLayer ||= [])))?.push(...entries)
  }
  // gtag.js only honours command objects that are real `arguments` objects.
  const command: (...list: unknown[]) => void = function () {
    output(arguments, arguments)
  }
  const state = (granted: boolean) => (granted ? 'granted' : 'denied')

  return {
    name: 'ga4',
    category: options.category ?? 'analytics',
    send(batch) {
      for (const event of batch) {
        const call = options.map?.(event) ?? toGa4(event)
        if (!call) continue
        const { name, params } = call
        if (entry(event)?.[2]) output(['event', name, params], { ecommerce: null }, { event: name, ecommerce: params })
        else output(['event', name, params], { event: name, ...params })
      }
    },
    consent(consent: ConsentState | 'pending', phase) {
      const ads = state(allows(consent, 'marketing'))
      command('consent', phase, {
        ad_storage: ads,
        ad_user_data: ads,
        ad_personalization: ads,
        analytics_storage: state(allows(consent, 'analytics')),
        ...(consent === 'pending' && phase === 'default' && options.consentDefaults),
      })
    },
    identify(userId) {
      command('set', { user_id: userId })
    },
  }
}
