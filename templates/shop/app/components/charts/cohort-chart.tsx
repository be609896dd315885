import { useFormat } from '@journeykit/ui'
import { ChartFigure } from './chart-figure'

export interface CohortChartRow {
  /** The cohort's label, e.g. "Jun 2026". */
  label: string
  customers: number
  /** Share of the cohort ordering again 1, 2, … periods later. */
  retention: number[]
}

export interface CohortChartProps {
  title: string
  description?: string
  rows: CohortChartRow[]
  /** Later periods shown as columns, e.g. 5 for months 1–5. */
  periods: number
  periodLabel: (period: number) => string
  emptyText: string
}

const ROW = 32
const LABEL_WIDTH = 28

/** A retention triangle: one row per cohort, one cell per later period, shaded by the share that came back. */
export function CohortChart({ title, description, rows, periods, periodLabel, emptyText }: CohortChartProps) {
  const format = useFormat()
  const withCustomers = rows.filter((row) => row.customers > 0)
  const cellWidth = (100 - LABEL_WIDTH) / periods
  const summary = withCustomers.length
    ? `${title}: ${withCustomers
        .map((row) => `${row.label}, ${format.number(row.customers)} customers${row.retention.length ? `: ${row.retention.map((share, index) => `${periodLabel(index + 1)} ${format.percent(share)}`).join(', ')}` : ''}`)
        .join('; ')}.`
    : `${title}: ${emptyText}`
  return (
    <ChartFigure
      className="jk-cohort-chart"
      title={title}
      description={description}
      summary={summary}
      height={(rows.length + 1) * ROW}
      columns={[{ header: 'First order' }, { header: 'Customers', numeric: true }, ...Array.from({ length: periods }, (_, index) => ({ header: periodLabel(index + 1), numeric: true }))]}
      rows={rows.map((row) => ({
        key: row.label,
        cells: [row.label, format.number(row.customers), ...Array.from({ length: periods }, (_, index) => (row.retention[index] === undefined ? '—' : format.percent(row.retention[index]!)))],
      }))}
    >
      {Array.from({ length: periods }, (_, index) => (
        <text key={index} className="jk-chart-muted" x={`${LABEL_WIDTH + cellWidth * (index + 0.5)}%`} y={ROW / 2 + 4} textAnchor="middle">
          {periodLabel(index + 1)}
        </text>
      ))}
      {rows.map((row, rowIndex) => {
        const top = (rowIndex + 1) * ROW
        return (
          <g key={row.label}>
            <text className="jk-chart-label" x="0" y={top + ROW / 2 + 4}>
              {row.label}
              <tspan className="jk-chart-muted">{` · ${format.number(row.customers)}`}</tspan>
            </text>
            {row.retention.map((share, index) => (
              <g key={index}>
                <rect className="jk-cohort-cell" x={`${LABEL_WIDTH + cellWidth * index}%`} y={top + 2} width={`${cellWidth}%`} height={ROW - 4} rx="3" style={{ fillOpacity: 0.12 + 0.88 * share }} />
                <text className="jk-cohort-value" data-strong={share >= 0.7 || undefined} x={`${LABEL_WIDTH + cellWidth * (index + 0.5)}%`} y={top + ROW / 2 + 4} textAnchor="middle">
                  {format.percent(share)}
                </text>
              </g>
            ))}
          </g>
        )
      })}
    </ChartFigure>
  )
}
