import type { Money } from '@journeykit/core'
import { useFormat } from '@journeykit/ui'
import type { EmailFunnel } from '../lib/email/email-funnel.server'
import { StatCard, StatGrid } from './charts'

/** The email templates as the dashboard names them (`utm_campaign` = the template's name). */
const TEMPLATE_LABELS: Record<string, string> = {
  abandoned_checkout: 'Abandoned-checkout reminder',
  review_request: 'Review request',
  nps_invitation: 'NPS invitation',
  referral_reward: 'Referral reward',
  order_confirmation: 'Order confirmation',
  shipping_notice: 'Shipping notice',
  refund_notice: 'Refund notice',
  newsletter_confirmation: 'Newsletter confirmation',
}

const NUMERIC_COLUMNS = ['Sent', 'Clicked', 'Orders', 'Revenue']

const moneyOf = (revenue: Record<string, number>): Money[] => Object.entries(revenue).map(([currency, amount]) => ({ amount, currency }))

/**
 * The dashboard's email panel for its date range: what the abandoned-checkout reminders brought back
 * (reminders sent → carts restored → carts recovered → revenue recovered) and, per template, the
 * messages sent, the visits that clicked through, and the orders and revenue of those visits.
 */
export function JourneyEmail({ funnel }: { funnel: EmailFunnel }) {
  const format = useFormat()
  const { recovery } = funnel
  const revenue = (amounts: Record<string, number>) => {
    const money = moneyOf(amounts)
    return money.length ? money.map((value) => format.money(value)).join(' · ') : '—'
  }
  const ofReminders = (count: number) => (recovery.remindersSent ? `${format.percent(count / recovery.remindersSent)} of reminders sent` : 'no reminders sent')
  const sentOf = new Map(funnel.sent.map((row) => [row.kind, row.count]))
  const templates = [...new Set([...funnel.sent.map((row) => row.kind), ...funnel.campaigns.map((row) => row.campaign)])]
  const campaignOf = new Map(funnel.campaigns.map((row) => [row.campaign, row]))
  return (
    <section aria-labelledby="email-title" className="journey-section">
      <h2 id="email-title">What email brings back</h2>
      <StatGrid>
        <StatCard label="Reminders sent" value={format.number(recovery.remindersSent)} detail="abandoned-checkout reminders" />
        <StatCard label="Carts restored" value={format.number(recovery.cartsRestored)} detail={ofReminders(recovery.cartsRestored)} />
        <StatCard label="Carts recovered" value={format.number(recovery.cartsRecovered)} detail={ofReminders(recovery.cartsRecovered)} />
        <StatCard label="Revenue recovered" value={revenue(recovery.revenue)} detail="orders placed after a reminder" />
      </StatGrid>
      <div className="jk-chart-data">
        <table>
          <caption>Emails by template: sent by the outbox, visits that clicked a link, and the orders of those visits</caption>
          <thead>
            <tr>
              <th scope="col">Template</th>
              {NUMERIC_COLUMNS.map((header) => (
                <th key={header} scope="col" data-numeric="">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {templates.length === 0 ? (
              <tr>
                <td colSpan={5}>No emails sent or clicked in this period.</td>
              </tr>
            ) : (
              templates.map((template) => {
                const campaign = campaignOf.get(template)
                return (
                  <tr key={template}>
                    <th scope="row">{TEMPLATE_LABELS[template] ?? template}</th>
                    <td data-numeric="">{format.number(sentOf.get(template) ?? 0)}</td>
                    <td data-numeric="">{format.number(campaign?.clicks ?? 0)}</td>
                    <td data-numeric="">{format.number(campaign?.orders ?? 0)}</td>
                    <td data-numeric="">{revenue(campaign?.revenue ?? {})}</td>
                  </tr>
                )
              })
            )}
          </tbody>
        </table>
      </div>
    </section>
  )
}
