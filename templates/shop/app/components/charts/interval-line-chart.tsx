import { ChartFigure } from './chart-figure'

export interface IntervalPoint {
  estimate: number
  lower: number
  upper: number
}

export interface IntervalSeries {
  /** Stable key and the legend's label. */
  label: string
  /** One point per entry of `xLabels`, in order. */
  points: IntervalPoint[]
  /** Shown in the data table beside each point, e.g. "1,204 visitors". */
  details?: string[]
}

export interface IntervalLineChartProps {
  title: string
  description?: string
  /** The x axis, oldest first, e.g. days. */
  xLabels: string[]
  xHeader: string
  series: IntervalSeries[]
  /** How a value reads, e.g. a percentage. */
  formatValue: (value: number) => string
  emptyText: string
}

const HEIGHT = 220
const PLOT_TOP = 12
const PLOT_BOTTOM = HEIGHT - 28
/** The plot's own coordinates; the nested SVG stretches them to the figure's width. */
const WIDTH_UNITS = 1000

/**
 * One line per series with its interval as a band, e.g. each variant's conversion over time. The first
 * series is solid, the others dashed, so they differ without colour too. Labels are drawn outside the
 * stretched plot so text is never distorted.
 */
export function IntervalLineChart({ title, description, xLabels, xHeader, series, formatValue, emptyText }: IntervalLineChartProps) {
  const count = xLabels.length
  const top = Math.max(0, ...series.flatMap((line) => line.points.map((point) => point.upper)))
  const scale = top > 0 ? top * 1.1 : 1
  const x = (index: number) => (count > 1 ? (index * WIDTH_UNITS) / (count - 1) : WIDTH_UNITS / 2)
  const y = (value: number) => PLOT_BOTTOM - ((PLOT_BOTTOM - PLOT_TOP) * value) / scale
  const coordinates = (points: IntervalPoint[], pick: (point: IntervalPoint) => number) => points.map((point, index) => `${x(index)},${y(pick(point))}`)
  const line = (points: IntervalPoint[]) => coordinates(points, (point) => point.estimate).join(' ')
  const band = (points: IntervalPoint[]) => [...coordinates(points, (point) => point.upper), ...coordinates(points, (point) => point.lower).reverse()].join(' ')
  const last = count - 1
  const summary = count
    ? `${title}: on ${xLabels[last]}, ${series.map((entry) => `${entry.label} ${formatValue(entry.points[last]!.estimate)} (${formatValue(entry.points[last]!.lower)} to ${formatValue(entry.points[last]!.upper)})`).join('; ')}.`
    : `${title}: ${emptyText}`
  const ticks = [0, scale / 2, scale]
  return (
    <ChartFigure
      className="jk-interval-chart"
      title={title}
      description={description}
      summary={summary}
      height={count ? HEIGHT : 44}
      legend={series.map((entry, index) => ({ key: entry.label, label: entry.label, swatchClassName: `jk-series-${Math.min(index, 2)}` }))}
      columns={[{ header: xHeader }, ...series.map((entry) => ({ header: entry.label, numeric: true }))]}
      rows={xLabels.map((label, index) => ({
        key: label,
        cells: [
          label,
          ...series.map((entry) => {
            const point = entry.points[index]!
            const detail = entry.details?.[index]
            return `${formatValue(point.estimate)} (${formatValue(point.lower)} – ${formatValue(point.upper)})${detail ? ` · ${detail}` : ''}`
          }),
        ],
      }))}
    >
      {count ? (
        <>
          {ticks.map((tick) => (
            <g key={tick}>
              <line className="jk-chart-grid" x1="0" x2="100%" y1={y(tick)} y2={y(tick)} />
              <text className="jk-chart-muted" x="0" y={y(tick) - 4}>
                {formatValue(tick)}
              </text>
            </g>
          ))}
          <svg x="0" y="0" width="100%" height={HEIGHT} viewBox={`0 0 ${WIDTH_UNITS} ${HEIGHT}`} preserveAspectRatio="none" overflow="visible">
            {series.map((entry, index) => (
              <g key={entry.label} className={`jk-series-${Math.min(index, 2)}`}>
                <polygon className="jk-chart-band" points={band(entry.points)} />
                <polyline className="jk-chart-line" points={line(entry.points)} vectorEffect="non-scaling-stroke" strokeDasharray={index ? '6 4' : undefined} />
              </g>
            ))}
          </svg>
          <text className="jk-chart-muted" x="0" y={HEIGHT - 6}>
            {xLabels[0]}
          </text>
          {count > 1 ? (
            <text className="jk-chart-muted" x="100%" y={HEIGHT - 6} textAnchor="end">
              {xLabels[last]}
            </text>
          ) : null}
          {series.map((entry, index) => (
            <circle key={entry.label} className={`jk-chart-marker jk-series-${Math.min(index, 2)}`} cx={`${(100 * x(last)) / WIDTH_UNITS}%`} cy={y(entry.points[last]!.estimate)} r="4" />
          ))}
        </>
      ) : (
        <text className="jk-chart-muted" x="0" y="24">
          {emptyText}
        </text>
      )}
    </ChartFigure>
  )
}
