import type { Money } from '@journeykit/core'
import { rangeInstants, type DayRange } from '../dashboard.server'
import type { Queryable } from '../db.server'
import type { RecommendationSlot } from './types'

/**
 * The journey dashboard's discovery panel: what visitors searched for, which searches found nothing,
 * how often a search led to an order, and the revenue each recommendation slot led to. Computed in SQL
 * from the range's `products_searched`, `product_clicked` and the server's `order_completed` events.
 * Definitions (and the attribution rule) in the shop's README ("Discovery on the dashboard").
 */
export interface DiscoveryDashboard {
  /** The most searched queries (lower case, spaces collapsed), most searches first. */
  topSearches: SearchCount[]
  /** The queries that found nothing (`resultsCount` 0), most searches first. */
  zeroResultSearches: SearchCount[]
  /** Visits with a search, and how many of them completed an order after their first search. */
  searchConversion: {
    searchedVisits: number
    purchasedVisits: number
    rate: number | null
  }
  /** Every slot the shop shows, in a fixed order: clicks in the range and the orders and revenue credited to it. */
  slots: SlotRevenue[]
}

export interface SearchCount {
  query: string
  searches: number
  /** Distinct visits that searched it. */
  visits: number
}

export interface SlotRevenue {
  slot: RecommendationSlot
  clicks: number
  orders: number
  /** Per currency; empty when no order was credited. */
  revenue: Money[]
}

export const RECOMMENDATION_SLOTS = ['bought-together', 'similar', 'popular-in-category', 'recently-viewed'] as const satisfies readonly RecommendationSlot[]
export const TOP_QUERIES = 10

/** The range's searches, their query normalised as a visitor would read it. */
const SEARCHES = `
  searches AS (
    SELECT session_id, occurred_at, regexp_replace(lower(btrim(event #>> '{properties,query}')), '\\s+', ' ', 'g') AS query,
           CASE WHEN jsonb_typeof(event #> '{properties,resultsCount}') = 'number' THEN (event #>> '{properties,resultsCount}')::int END AS results
      FROM journey_events WHERE name = 'products_searched' AND occurred_at >= $1 AND occurred_at < $2
  )`

/** The orders the server recorded in the range (never the browser's copies), with their visit. */
const ORDERS = `
  orders AS (
    SELECT session_id, occurred_at, event FROM journey_events
     WHERE name = 'order_completed' AND origin = 'server' AND occurred_at >= $1 AND occurred_at < $2 AND session_id IS NOT NULL
  )`

async function searchCounts(db: Queryable, from: string, to: string, zeroOnly: boolean): Promise<SearchCount[]> {
  const { rows } = await db.query<SearchCount>(
    `/* discovery: searches */ WITH ${SEARCHES}
     SELECT query, count(*)::int AS searches, count(DISTINCT session_id)::int AS visits
       FROM searches WHERE query <> '' ${zeroOnly ? 'AND results = 0' : ''}
      GROUP BY query ORDER BY searches DESC, visits DESC, query LIMIT $3`,
    [from, to, TOP_QUERIES],
  )
  return rows
}

async function searchConversion(db: Queryable, from: string, to: string): Promise<DiscoveryDashboard['searchConversion']> {
  const { rows } = await db.query<{ searched: number; purchased: number }>(
    `/* discovery: conversion */ WITH ${SEARCHES}, ${ORDERS},
     searched AS (SELECT session_id, min(occurred_at) AS first_search FROM searches WHERE session_id IS NOT NULL GROUP BY session_id)
     SELECT count(*)::int AS searched,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM orders o WHERE o.session_id = s.session_id AND o.occurred_at >= s.first_search))::int AS purchased
       FROM searched s`,
    [from, to],
  )
  const { searched = 0, purchased = 0 } = rows[0] ?? {}
  return {
    searchedVisits: searched,
    purchasedVisits: purchased,
    rate: searched ? purchased / searched : null,
  }
}

/**
 * Each line of an order in the range is credited to the slot of the last click on that product
 * (`product_clicked` with a slot as `listId`) in the same visit at or before the order; its revenue is
 * the line's amount as ordered (unit price × quantity).
 */
async function slotRevenue(db: Queryable, from: string, to: string): Promise<SlotRevenue[]> {
  const [credited, clicks] = await Promise.all([
    db.query<{
      slot: RecommendationSlot
      currency: string
      orders: number
      revenue: number
    }>(
      `/* discovery: slot revenue */ WITH ${ORDERS},
       lines AS (
         SELECT o.session_id, o.occurred_at, o.event #>> '{properties,orderId}' AS order_id, item ->> 'id' AS product_id, item #>> '{price,currency}' AS currency,
                (item #>> '{price,amount}')::numeric * coalesce((item ->> 'quantity')::int, 1) AS amount
           FROM orders o CROSS JOIN LATERAL jsonb_array_elements(o.event #> '{properties,items}') item
       )
       SELECT click.slot, l.currency, count(DISTINCT l.order_id)::int AS orders, sum(l.amount)::float8 AS revenue
         FROM lines l
         JOIN LATERAL (
           SELECT c.event #>> '{properties,listId}' AS slot FROM journey_events c
            WHERE c.name = 'product_clicked' AND c.session_id = l.session_id AND c.occurred_at <= l.occurred_at
              AND c.event #>> '{properties,item,id}' = l.product_id AND c.event #>> '{properties,listId}' = ANY($3::text[])
            ORDER BY c.occurred_at DESC, c.id DESC LIMIT 1
         ) click ON true
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [from, to, RECOMMENDATION_SLOTS],
    ),
    db.query<{ slot: RecommendationSlot; clicks: number }>(
      `/* discovery: slot clicks */ SELECT event #>> '{properties,listId}' AS slot, count(*)::int AS clicks FROM journey_events
        WHERE name = 'product_clicked' AND occurred_at >= $1 AND occurred_at < $2 AND event #>> '{properties,listId}' = ANY($3::text[])
        GROUP BY 1`,
      [from, to, RECOMMENDATION_SLOTS],
    ),
  ])
  return RECOMMENDATION_SLOTS.map((slot) => {
    const rows = credited.rows.filter((row) => row.slot === slot)
    return {
      slot,
      clicks: clicks.rows.find((row) => row.slot === slot)?.clicks ?? 0,
      // an order crediting the slot in two currencies cannot happen: one order, one currency
      orders: rows.reduce((sum, row) => sum + row.orders, 0),
      revenue: rows.map((row) => ({
        amount: Math.round(row.revenue),
        currency: row.currency,
      })),
    }
  })
}

export async function discoveryDashboard(db: Queryable, range: DayRange): Promise<DiscoveryDashboard> {
  const { from, to } = rangeInstants(range)
  const [topSearches, zeroResultSearches, conversion, slots] = await Promise.all([
    searchCounts(db, from, to, false),
    searchCounts(db, from, to, true),
    searchConversion(db, from, to),
    slotRevenue(db, from, to),
  ])
  return {
    topSearches,
    zeroResultSearches,
    searchConversion: conversion,
    slots,
  }
}
