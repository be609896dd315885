import type { RevenueRow } from '@journeykit/core/metrics'
import { Button, useFormat } from '@journeykit/ui'
import { data, Form, Link, useNavigation } from 'react-router'
import { BarChart, CohortChart, FunnelChart, NpsChart, StatCard, StatGrid } from '../components/charts'
import stylesheet from './journey.css?url'
import { FormField } from '../components/form-field'
import { JourneyDiscovery } from '../components/journey-discovery'
import { requireStaff } from '../lib/admin/auth.server'
import { customerKpis, type CustomerKpis } from '../lib/customer-kpis.server'
import { journeyDashboard, parseDayRange, previousRange, type DayRange, type DayRangeErrors, type JourneyDashboard } from '../lib/dashboard.server'
import { getDatabase } from '../lib/db.server'
import { discoveryDashboard } from '../lib/search/discovery-dashboard.server'
import { useRootData } from '../root'
import { JourneyEmail } from '../components/journey-email'
import { emailFunnel } from '../lib/email/email-funnel.server'
import type { Route } from './+types/journey'

export const meta: Route.MetaFunction = () => [
  { title: 'Journey dashboard — Northwind Outfitters' },
  { name: 'robots', content: 'noindex, nofollow' },
]

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: stylesheet, precedence: 'page' }]

/** Staff of every role (analyst and up) see the dashboard; anyone else is sent to the back office's sign-in. */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'dashboard')
  const url = new URL(request.url)
  const now = new Date()
  const { range, errors } = parseDayRange(url.searchParams, now)
  const today = now.toISOString().slice(0, 10)
  if (Object.keys(errors).length) return data({ state: 'invalid' as const, today, range, errors }, { status: 400 })
  const before = previousRange(range)
  const [dashboard, previous, kpis, previousKpis, discovery, email] = await Promise.all([
    journeyDashboard(db, range),
    journeyDashboard(db, before),
    customerKpis(db, range),
    customerKpis(db, before),
    discoveryDashboard(db, range),
    emailFunnel(db, range),
  ])
  return { state: 'ready' as const, today, range, errors, dashboard, previous, kpis, previousKpis, discovery, email }
}

export default function JourneyPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="journey-dashboard">
      <DashboardHeader />
      <RangeForm today={loaderData.today} range={loaderData.range} errors={loaderData.errors} />
      {loaderData.state === 'ready' ? (
        <>
          <Dashboard dashboard={loaderData.dashboard} previous={loaderData.previous} kpis={loaderData.kpis} previousKpis={loaderData.previousKpis} />
          {loaderData.dashboard.events > 0 ? <JourneyDiscovery discovery={loaderData.discovery} /> : null}
          <JourneyEmail funnel={loaderData.email} />
        </>
      ) : (
        <p className="journey-period">Correct the period above to see the figures.</p>
      )}
    </div>
  )
}

function DashboardHeader() {
  const { csrf } = useRootData()
  return (
    <div className="journey-header">
      <div>
        <h1 className="page-title">Journey dashboard</h1>
        <p className="journey-lede">How visitors moved through the shop, from the first visit to recommending it. Computed from the events the shop collected.</p>
      </div>
      <Form method="post" action="/admin/logout">
        <input type="hidden" name="_csrf" value={csrf} />
        <Button type="submit" variant="secondary" size="sm">
          Sign out
        </Button>
      </Form>
    </div>
  )
}

const DAY_MS = 24 * 60 * 60 * 1000
const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)

function RangeForm({ today, range, errors }: { today: string; range: DayRange; errors: DayRangeErrors }) {
  const navigation = useNavigation()
  const busy = navigation.state === 'loading' && navigation.location.pathname === '/journey'
  const presets = [7, 30, 90].map((days) => ({ days, from: daysBefore(today, days - 1) }))
  return (
    <section className="journey-range" aria-labelledby="range-title">
      <h2 id="range-title" className="visually-hidden">
        Period
      </h2>
      <Form method="get" className="journey-range-form" key={`${range.from}/${range.to}`}>
        <FormField
          id="range-from"
          className="journey-field"
          label="From"
          error={errors.from}
          name="from"
          type="date"
          defaultValue={range.from}
          max={today}
        />
        <FormField id="range-to" className="journey-field" label="To" error={errors.to} name="to" type="date" defaultValue={range.to} />
        <Button type="submit" loading={busy}>
          Show
        </Button>
      </Form>
      <p className="journey-presets">
        <span>Quick ranges:</span>
        {presets.map((preset) => (
          <Link
            key={preset.days}
            to={`?from=${preset.from}&to=${today}`}
            aria-current={range.from === preset.from && range.to === today ? 'true' : undefined}
          >
            Last {preset.days} days
          </Link>
        ))}
      </p>
      <p className="journey-hint">Days are in UTC; both days are included.</p>
    </section>
  )
}

const STAGE_LABELS: Record<string, string> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  decision: 'Decision',
  purchase: 'Purchase',
  retention: 'Retention',
  advocacy: 'Advocacy',
}
const STEP_LABELS: Record<string, string> = {
  checkout_started: 'Checkout started',
  shipping_info_added: 'Shipping added',
  payment_info_entered: 'Payment entered',
  order_completed: 'Order completed',
}
const CHANNEL_LABELS: Record<string, string> = { paid: 'Paid', owned: 'Owned', earned: 'Earned', direct: 'Direct', '(none)': 'Unknown', unknown: 'Unknown' }

interface DashboardProps {
  dashboard: JourneyDashboard
  /** The same figures for the period of the same length just before, for the trends. */
  previous: JourneyDashboard
  kpis: CustomerKpis
  previousKpis: CustomerKpis
}

function Dashboard({ dashboard, previous, kpis, previousKpis }: DashboardProps) {
  const format = useFormat()
  const day = (value: string) => format.date(`${value}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })
  const period = `${day(dashboard.range.from)} – ${day(dashboard.range.to)}`
  const percent = (value: number | null) => (value === null ? '—' : format.percent(value))
  const plural = (count: number, one: string, many: string) => `${format.number(count)} ${count === 1 ? one : many}`
  const carts = dashboard.funnel.find((row) => row.stage === 'decision')?.sessions ?? 0
  const trend = trendText(format, `the previous ${plural(daysIn(dashboard.range), 'day', 'days')}`)
  const month = (value: string) => format.date(`${value}-01T00:00:00Z`, { month: 'short', year: 'numeric', timeZone: 'UTC' })

  if (dashboard.events === 0) {
    return (
      <section className="journey-empty" aria-labelledby="empty-title">
        <h2 id="empty-title">No journey events for {period}</h2>
        <p>
          Events arrive as visitors browse the shop and allow analytics: page views, products viewed and added, checkouts, orders (also
          recorded by the server when a payment succeeds), survey answers. Choose a longer period, or browse the shop and come back.
        </p>
        <p>
          <Link to="/">Open the shop</Link>
        </p>
      </section>
    )
  }

  const revenueRows = (rows: RevenueRow[], label: (key: string) => string) => {
    const currencies = new Set(rows.map((row) => row.currency)).size
    return rows.map((row) => ({
      label: currencies > 1 ? `${label(row.key)} (${row.currency})` : label(row.key),
      value: Math.max(0, row.revenue.amount),
      valueText: format.money(row.revenue),
      detail: plural(row.orders, 'order', 'orders'),
    }))
  }

  return (
    <>
      <p className="journey-period">
        {period}: {plural(dashboard.events, 'event', 'events')} from {plural(dashboard.sessions, 'visit', 'visits')}.
      </p>

      <section aria-labelledby="glance-title" className="journey-section">
        <h2 id="glance-title">At a glance</h2>
        <StatGrid>
          <StatCard
            label="Conversion rate"
            value={percent(dashboard.conversionRate)}
            detail={`of ${plural(dashboard.sessions, 'visit', 'visits')} ordered`}
            trend={trend.points(dashboard.conversionRate, previous.conversionRate)}
          />
          <StatCard
            label="Cart abandonment"
            value={percent(dashboard.cartAbandonmentRate)}
            detail={dashboard.cartAbandonmentRate === null ? 'no carts yet' : `of ${plural(carts, 'visit', 'visits')} with a cart`}
            trend={trend.points(dashboard.cartAbandonmentRate, previous.cartAbandonmentRate)}
          />
          <StatCard
            label="Net Promoter Score"
            value={dashboard.nps ? format.number(Math.round(dashboard.nps.score)) : '—'}
            detail={dashboard.nps ? `from ${plural(dashboard.nps.responses, 'response', 'responses')}` : 'no survey responses yet'}
            trend={trend.score(dashboard.nps?.score ?? null, previous.nps?.score ?? null)}
          />
          <StatCard
            label="Revenue"
            value={dashboard.revenue.length ? dashboard.revenue.map((money) => format.money(money)).join(' · ') : format.money({ amount: 0, currency: 'EUR' })}
            detail={`${plural(dashboard.orders, 'order', 'orders')}, after refunds`}
            trend={trend.relative(firstAmount(dashboard.revenue), firstAmount(previous.revenue))}
          />
          <StatCard
            label="Average order value"
            value={kpis.averageOrderValue.length ? kpis.averageOrderValue.map((money) => format.money(money)).join(' · ') : '—'}
            detail="revenue after refunds per order"
            trend={trend.relative(firstAmount(kpis.averageOrderValue), firstAmount(previousKpis.averageOrderValue))}
          />
          <StatCard
            label="Repeat-purchase rate"
            value={percent(kpis.repeatPurchaseRate)}
            detail="of this period's customers have ordered more than once"
            trend={trend.points(kpis.repeatPurchaseRate, previousKpis.repeatPurchaseRate)}
          />
          <StatCard
            label="Customer satisfaction (CSAT)"
            value={kpis.csat ? percent(kpis.csat.satisfied) : '—'}
            detail={kpis.csat ? `answered 4 or 5 of 5, from ${plural(kpis.csat.responses, 'response', 'responses')}` : 'no CSAT answers yet'}
            trend={trend.points(kpis.csat?.satisfied ?? null, previousKpis.csat?.satisfied ?? null)}
          />
        </StatGrid>
      </section>

      <section aria-labelledby="funnel-title" className="journey-section">
        <h2 id="funnel-title">Where visitors drop off</h2>
        <div className="journey-charts">
          <FunnelChart
            title="Journey stages"
            description="Visits that reached each stage (or a later one), and how many were lost since the stage before."
            steps={dashboard.funnel.map((row) => ({ id: row.stage, label: STAGE_LABELS[row.stage] ?? row.stage, sessions: row.sessions, dropOff: row.dropOff }))}
          />
          <FunnelChart
            title="Checkout steps"
            description="Visits that started a checkout, through to the order."
            steps={dashboard.checkout.map((row) => ({ id: row.step, label: STEP_LABELS[row.step] ?? row.step, sessions: row.sessions, dropOff: row.dropOff }))}
          />
        </div>
      </section>

      <section aria-labelledby="revenue-title" className="journey-section">
        <h2 id="revenue-title">Where revenue comes from</h2>
        <div className="journey-charts">
          <BarChart
            title="Revenue by touchpoint channel"
            description="Where the ordering visit came from: paid ads, owned channels (email, newsletter), earned (search, referrals, social) or direct. After refunds."
            rows={revenueRows(dashboard.revenueByChannel, (key) => CHANNEL_LABELS[key] ?? key)}
            valueHeader="Revenue"
            detailHeader="Orders"
            emptyText="No orders in this period."
          />
          <BarChart
            title="Revenue by campaign"
            description="The UTM campaign (utm_campaign) of the ordering visit. After refunds."
            rows={revenueRows(dashboard.revenueByCampaign, (key) => (key === '(none)' ? 'No campaign' : key))}
            valueHeader="Revenue"
            detailHeader="Orders"
            emptyText="No orders in this period."
          />
        </div>
      </section>

      <section aria-labelledby="satisfaction-title" className="journey-section">
        <h2 id="satisfaction-title">How customers feel</h2>
        <NpsChart
          title="Net Promoter Score"
          description="Answers to “How likely are you to recommend us?” after an order: promoters answer 9–10, passives 7–8, detractors 0–6. NPS = % promoters − % detractors."
          result={dashboard.nps}
        />
      </section>

      <section aria-labelledby="customers-title" className="journey-section">
        <h2 id="customers-title">Whether customers come back</h2>
        <div className="journey-charts">
          <CohortChart
            title="Retention by month of first order"
            description={`Customers by the month of their first order (the ${kpis.cohorts.length} up to the period's end), and the share who ordered again each later month.`}
            rows={kpis.cohorts.map((row) => ({ label: month(row.month), customers: row.customers, retention: row.retention }))}
            periods={kpis.cohorts.length - 1}
            periodLabel={(period) => `+${period} mo`}
            emptyText="no first orders in these months."
          />
          <BarChart
            title="Customer lifetime value by first-touch channel"
            description="Revenue after refunds per customer in the 90 days from their first order, by the channel of that order's first touch; 365 days beside it. Only customers whose first order is that old by the period's end."
            rows={kpis.lifetimeValue
              .filter((row) => row.days90)
              .map((row) => ({
                label: kpis.lifetimeValue.length > new Set(kpis.lifetimeValue.map((entry) => entry.channel)).size ? `${CHANNEL_LABELS[row.channel] ?? row.channel} (${row.currency})` : (CHANNEL_LABELS[row.channel] ?? row.channel),
                value: row.days90!.value,
                valueText: format.money({ amount: row.days90!.value, currency: row.currency }),
                detail: `${plural(row.days90!.customers, 'customer', 'customers')}; 365 days: ${row.days365 ? format.money({ amount: row.days365.value, currency: row.currency }) : '—'}`,
              }))}
            valueHeader="90 days"
            detailHeader="Customers; 365 days"
            emptyText="No customer's first order is 90 days old yet."
          />
        </div>
      </section>
    </>
  )
}

const daysIn = (range: DayRange) => (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS + 1
const firstAmount = (money: { amount: number }[]) => money[0]?.amount ?? null

/** How a figure moved against the previous period, in words a screen reader reads as they are. */
function trendText(format: ReturnType<typeof useFormat>, against: string) {
  const say = (change: number, text: string) => (change === 0 ? `No change on ${against}` : `${change > 0 ? 'Up' : 'Down'} ${text} on ${against}`)
  return {
    /** Rates: the difference in percentage points. */
    points: (current: number | null, before: number | null) =>
      current === null || before === null ? null : say(Math.round((current - before) * 1000), `${format.number(Math.abs(current - before) * 100, { maximumFractionDigits: 1 })} points`),
    /** Scores (NPS): the difference in score points. */
    score: (current: number | null, before: number | null) =>
      current === null || before === null ? null : say(Math.round(current - before), format.number(Math.abs(Math.round(current - before)))),
    /** Amounts: the relative change. */
    relative: (current: number | null, before: number | null) =>
      current === null || !before ? null : say(Math.round((current / before - 1) * 1000), format.percent(Math.abs(current / before - 1))),
  }
}
