import type { Interval } from '@journeykit/core/metrics'
import { useFormat } from '@journeykit/ui'
import { Link } from 'react-router'
import { IntervalLineChart } from '../components/charts'
import { requireStaff } from '../lib/admin/auth.server'
import { getDatabase } from '../lib/db.server'
import { DECISION_ALPHA, MINIMUM_DETECTABLE_LIFT, type ExperimentDecision } from '../lib/experiments/decision'
import { experimentReports, type ExperimentReport } from '../lib/experiments/report.server'
import type { Route } from './+types/journey.experiments'
import experimentsStylesheet from './journey.experiments.css?url'
import stylesheet from './journey.css?url'

export const meta: Route.MetaFunction = () => [
  { title: 'Experiments — Northwind Outfitters' },
  { name: 'robots', content: 'noindex, nofollow' },
]

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet, precedence: 'page' },
  { rel: 'stylesheet', href: experimentsStylesheet, precedence: 'page' },
]

/** Staff who may see the journey dashboard see the experiments' results too. */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'dashboard')
  return { reports: await experimentReports(db) }
}

export default function ExperimentsPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="journey-dashboard">
      <div className="journey-header">
        <div>
          <h1 className="page-title">Experiments</h1>
          <p className="journey-lede">
            Each variant's exposed visitors and the purchases they made from their first exposure on, from the events the shop collected.
            Intervals are 95 %; the probability to beat the control is Bayesian (uniform prior); a decision needs the always-valid sequential
            p-value below {DECISION_ALPHA}, so reading this page every day does not inflate false positives.{' '}
            <Link to="/journey">Back to the journey dashboard</Link>
          </p>
        </div>
      </div>
      {loaderData.reports.map((report) => (
        <ExperimentResults key={report.key} report={report} />
      ))}
    </div>
  )
}

function ExperimentResults({ report }: { report: ExperimentReport }) {
  const format = useFormat()
  const money = (amount: number) => (report.currency ? format.money({ amount: Math.round(amount), currency: report.currency }) : '—')
  const interval = (value: Interval, show: (value: number) => string) => `${show(value.estimate)} (${show(value.lower)} – ${show(value.upper)})`
  const percent = (value: number) => format.percent(value)
  const titleId = `experiment-${report.key}`
  const guardrailsOf = (variant: string) => report.guardrails.find((row) => row.variant === variant)
  return (
    <section className="journey-section" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {report.key} — {report.status === 'stopped' ? `stopped, everyone gets ${report.winner}` : 'running'}
      </h2>
      {report.sampleRatio.mismatch && (
        <p role="alert" className="journey-warning">
          Sample ratio mismatch (χ² p = {report.sampleRatio.pValue.toExponential(1)}): the variants' visitors do not match the configured
          split, so assignment or exposure logging is broken. Do not trust these results.
        </p>
      )}
      <p className="experiment-decision" data-kind={report.decision.kind}>
        <strong>Decision:</strong> {decisionText(report.decision)}
      </p>
      <table className="journey-table">
        <caption className="visually-hidden">Results of {report.key}</caption>
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col">Exposed visitors</th>
            <th scope="col">Conversion to purchase</th>
            <th scope="col">Revenue per visitor</th>
            <th scope="col">Average order value</th>
            <th scope="col">P(beats control)</th>
            <th scope="col">Checkout abandonment</th>
            <th scope="col">Refund rate</th>
          </tr>
        </thead>
        <tbody>
          {report.variants.map((variant, index) => (
            <tr key={variant.variant}>
              <th scope="row">
                {variant.variant}
                {index === 0 && ' (control)'}
              </th>
              <td>{format.number(variant.visitors)}</td>
              <td>{variant.visitors ? interval(variant.conversion, (value) => format.percent(value)) : '—'}</td>
              <td>{variant.visitors ? interval(variant.revenuePerVisitor, money) : '—'}</td>
              <td>{variant.averageOrderValue ? interval(variant.averageOrderValue, money) : '—'}</td>
              <td>{variant.versusControl && variant.visitors ? format.percent(variant.versusControl.probabilityToBeatControl) : '—'}</td>
              <GuardrailCell value={guardrailsOf(variant.variant)?.checkoutAbandonment} show={percent} />
              <GuardrailCell value={guardrailsOf(variant.variant)?.refundRate} show={percent} />
            </tr>
          ))}
        </tbody>
      </table>
      <IntervalLineChart
        title={`Conversion to purchase over time — ${report.key}`}
        description="Each variant's conversion at the end of each day since the experiment began (cumulative), with its 95 % interval as a band."
        xLabels={report.daily.map((day) => day.day)}
        xHeader="Day (UTC)"
        series={report.variants.map((variant, index) => ({
          label: index === 0 ? `${variant.variant} (control)` : variant.variant,
          points: report.daily.map((day) => day.variants[index]!.conversion),
          details: report.daily.map((day) => `${format.number(day.variants[index]!.visitors)} visitors`),
        }))}
        formatValue={percent}
        emptyText="nobody has been exposed yet."
      />
    </section>
  )
}

/** A guardrail's rate with its interval, or a dash when the variant had nobody to measure it on. */
function GuardrailCell({ value, show }: { value: Interval | undefined; show: (value: number) => string }) {
  if (!value || (value.lower === 0 && value.upper === 0)) return <td>—</td>
  return <td>{`${show(value.estimate)} (${show(value.lower)} – ${show(value.upper)})`}</td>
}

const GUARDRAIL_NAMES = { checkoutAbandonment: 'checkout abandonment', refundRate: 'refund rate' } as const

function decisionText(decision: ExperimentDecision): string {
  switch (decision.kind) {
    case 'stopped':
      return `stopped; everyone gets ${decision.winner}.`
    case 'broken':
      return 'none until the sample ratio mismatch is fixed.'
    case 'ship':
      return `ship ${decision.variant}. It converts better than the control (sequential p < ${DECISION_ALPHA}) and worsens no guardrail.`
    case 'guardrail':
      return `hold. ${decision.variant} converts better than the control, but its ${GUARDRAIL_NAMES[decision.guardrail]} is clearly worse.`
    case 'worse':
      return `stop ${decision.variant}: it converts worse than the control (sequential p < ${DECISION_ALPHA}).`
    case 'keep-running':
      return decision.visitorsPerVariant === null
        ? 'keep it running: no purchase yet to compare.'
        : `keep it running: no variant differs from the control yet. About ${decision.visitorsPerVariant.toLocaleString('en')} visitors per variant detect a ${MINIMUM_DETECTABLE_LIFT * 100} % lift at the control's conversion.`
  }
}
