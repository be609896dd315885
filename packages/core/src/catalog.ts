import type { Stage } from './stages'

/** Money in integer minor units with its ISO 4217 currency: `{ amount: 1999, currency: 'EUR' }` is €19.99. */
export interface Money {
  amount: number
  currency: string
}

/** A product line as it travels in journey events. */
export interface Item {
  id: string
  name: string
  price: Money
  /** How many; defaults to 1 wherever a quantity matters. */
  quantity?: number
  variant?: string
  brand?: string
  category?: string
  /** 1-based position in the list it was shown in. */
  position?: number
  listId?: string
  coupon?: string
}

export type ReviewAction = 'filter' | 'sort' | 'helpful' | 'photo' | 'page'
export type ComparisonAction = 'add' | 'remove' | 'differences'
export type SurveyKind = 'nps' | 'csat'

interface PromotionProperties {
  promotionId: string
  name: string
  creative?: string
  slot?: string
}

/**
 * The journey event catalog: every event name with the shape of its properties.
 * `track()` is typed by this map, so a wrong property is a compile error.
 */
export interface JourneyEventMap {
  page_viewed: Record<string, never>
  promotion_viewed: PromotionProperties
  promotion_clicked: PromotionProperties
  lead_captured: { formId: string }
  products_searched: { query: string; resultsCount?: number }
  product_list_viewed: { listId: string; listName?: string; items: Item[] }
  product_clicked: { item: Item; listId?: string }
  product_viewed: { item: Item }
  comparison_viewed: { items: Item[] }
  comparison_changed: { action: ComparisonAction; itemId?: string; value?: boolean }
  reviews_interacted: { productId: string; action: ReviewAction; value?: string }
  social_proof_viewed: { widget: string; productId?: string }
  product_added: { item: Item; cartId?: string }
  product_removed: { item: Item; cartId?: string }
  cart_viewed: { items: Item[]; cartId?: string }
  coupon_applied: { code: string; discount: Money }
  coupon_denied: { code: string; reason: string }
  checkout_started: { checkoutId: string; items: Item[]; coupon?: string }
  shipping_info_added: { checkoutId: string; items: Item[]; shippingMethod: string }
  payment_info_entered: { checkoutId: string; items: Item[]; paymentMethod: string }
  payment_failed: { checkoutId: string; reason: string; paymentMethod?: string }
  order_completed: {
    orderId: string
    items: Item[]
    subtotal: Money
    shipping: Money
    tax: Money
    discount: Money
    total: Money
    coupon?: string
  }
  order_refunded: { orderId: string; total: Money; items?: Item[] }
  loyalty_viewed: { member: boolean; tier?: string }
  points_earned: { points: number; balance: number; reason: string }
  reward_redeemed: { rewardId: string; points: number }
  tier_changed: { from: string; to: string }
  referral_shared: { channel: string; referralCode: string }
  referral_claimed: { referralCode: string }
  product_reviewed: { productId: string; reviewId?: string; rating: number }
  survey_submitted: { surveyId: string; kind: SurveyKind; score: number; commentLength?: number }
  /** The visitor saw a variant of an experiment (a viewable impression); recorded once per visitor per experiment. */
  experiment_viewed: { experiment: string; variant: string }
  /**
   * The visitor followed a link of one of the shop's emails, recorded by the server that answered it (e.g. the
   * abandoned-checkout reminder's cart link): `campaign` is the email's template (its `utm_campaign`), `link`
   * which of its links (`utm_content`).
   */
  email_clicked: { campaign: string; link?: string }
  /**
   * The shop's mail server accepted one of its emails (recorded by the server that sent it, once per message):
   * `template` is the email's template, `campaign` its `utm_campaign`, `messageId` the shop's id of the message.
   */
  email_sent: { template: string; campaign: string; messageId: string }
}

export type EventName = keyof JourneyEventMap
export type EventProperties<N extends EventName> = JourneyEventMap[N]

/** The stage each catalog event belongs to. */
export const EVENT_STAGES = {
  page_viewed: 'awareness',
  promotion_viewed: 'awareness',
  promotion_clicked: 'awareness',
  lead_captured: 'awareness',
  products_searched: 'awareness',
  product_list_viewed: 'awareness',
  // seen at any point of the journey; the lowest stage, so it never moves the visitor on
  experiment_viewed: 'awareness',
  // an email reaches customers at any stage; the lowest stage, so it never moves the visitor on
  email_clicked: 'awareness',
  email_sent: 'awareness',
  product_clicked: 'consideration',
  product_viewed: 'consideration',
  comparison_viewed: 'consideration',
  comparison_changed: 'consideration',
  reviews_interacted: 'consideration',
  social_proof_viewed: 'decision',
  product_added: 'decision',
  product_removed: 'decision',
  cart_viewed: 'decision',
  coupon_applied: 'decision',
  coupon_denied: 'decision',
  checkout_started: 'purchase',
  shipping_info_added: 'purchase',
  payment_info_entered: 'purchase',
  order_completed: 'purchase',
  payment_failed: 'purchase',
  order_refunded: 'retention',
  loyalty_viewed: 'retention',
  points_earned: 'retention',
  reward_redeemed: 'retention',
  tier_changed: 'retention',
  referral_shared: 'advocacy',
  referral_claimed: 'advocacy',
  product_reviewed: 'advocacy',
  survey_submitted: 'advocacy',
} as const satisfies Record<EventName, Stage>

/** Every event name of the catalog. */
export const EVENT_NAMES = /* @__PURE__ */ Object.keys(EVENT_STAGES) as EventName[]

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(EVENT_STAGES, value)
}
