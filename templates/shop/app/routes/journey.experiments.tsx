import type { Interval } from '@journeykit/core/metrics'
import { useFormat } from '@journeykit/ui'
import { Link } from 'react-router'
import { requireStaff } from '../lib/admin/auth.server'
import { getDatabase } from '../lib/db.server'
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
            Each variant's exposed visitors and their purchases, from the events the shop collected. Intervals are 95 %; the probability to
            beat the control is Bayesian (uniform prior). <Link to="/journey">Back to the journey dashboard</Link>
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
  const titleId = `experiment-${report.key}`
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
      <table className="journey-table">
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col">Exposed visitors</th>
            <th scope="col">Conversion to purchase</th>
            <th scope="col">Revenue per visitor</th>
            <th scope="col">P(beats control)</th>
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
              <td>{variant.versusControl && variant.visitors ? format.percent(variant.versusControl.probabilityToBeatControl) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
