import { barWidth, ChartFigure } from './chart-figure'

export interface BarChartRow {
  /** Stable key and the bar's label. */
  label: string
  /** The bar's length, relative to the largest value. */
  value: number
  /** The value as shown, e.g. "€1,234.00". */
  valueText: string
  /** Shown after the value, e.g. "12 orders". */
  detail?: string
}

export interface BarChartProps {
  title: string
  description?: string
  rows: BarChartRow[]
  /** Header of the value column in the data table, e.g. "Revenue". */
  valueHeader: string
  /** Header of the detail column in the data table, when rows carry a detail. */
  detailHeader?: string
  /** Shown instead of bars when there are no rows. */
  emptyText: string
}

const ROW = 44

/** Horizontal bars, largest first as given: the label and value above each bar, so text never shrinks. */
export function BarChart({ title, description, rows, valueHeader, detailHeader, emptyText }: BarChartProps) {
  const max = Math.max(0, ...rows.map((row) => row.value))
  const withDetail = rows.some((row) => row.detail !== undefined)
  const summary = rows.length
    ? `${title}: ${rows.map((row) => `${row.label} ${row.valueText}${row.detail ? ` (${row.detail})` : ''}`).join('; ')}.`
    : `${title}: ${emptyText}`
  return (
    <ChartFigure
      className="jk-bar-chart"
      title={title}
      description={description}
      summary={summary}
      height={rows.length ? rows.length * ROW : ROW}
      columns={[{ header: 'Name' }, { header: valueHeader, numeric: true }, ...(withDetail ? [{ header: detailHeader ?? 'Detail', numeric: true }] : [])]}
      rows={rows.map((row) => ({ key: row.label, cells: [row.label, row.valueText, ...(withDetail ? [row.detail ?? ''] : [])] }))}
    >
      {rows.length ? (
        rows.map((row, index) => {
          const top = index * ROW
          return (
            <g key={row.label} className="jk-chart-row">
              <text className="jk-chart-label" x="0" y={top + 14}>
                {row.label}
              </text>
              <text className="jk-chart-value" x="100%" y={top + 14} textAnchor="end">
                {row.valueText}
                {row.detail ? <tspan className="jk-chart-muted">{` · ${row.detail}`}</tspan> : null}
              </text>
              <rect className="jk-chart-track" x="0" y={top + 21} width="100%" height="14" rx="3" />
              <rect className="jk-chart-bar" x="0" y={top + 21} width={barWidth(row.value, max)} height="14" rx="3" />
            </g>
          )
        })
      ) : (
        <text className="jk-chart-muted" x="0" y="24">
          {emptyText}
        </text>
      )}
    </ChartFigure>
  )
}
