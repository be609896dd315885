import { useId, type ReactNode } from 'react'

export interface DataTableColumn {
  header: string
  /** Right-aligned (numbers). */
  numeric?: boolean
}

export interface ChartFigureProps {
  /** The visible caption, and the data table's caption. */
  title: string
  /** One sentence under the caption: what is counted, how. */
  description?: string
  /** What the chart shows, in words: the SVG's accessible name. */
  summary: string
  /** The SVG's height in CSS pixels (its width follows the container). */
  height: number
  /** The chart's shapes: SVG children. */
  children: ReactNode
  /** Colour keys shown under the chart as text (wraps on narrow screens, unlike SVG text). */
  legend?: Array<{ key: string; label: string; swatchClassName: string }>
  /** The same data as a table, for screen readers, keyboard users and anyone who wants the numbers. */
  columns: DataTableColumn[]
  rows: Array<{ key: string; cells: ReactNode[] }>
  className?: string
}

/**
 * The frame every dashboard chart shares: a `<figure>` with its `<figcaption>`, an inline SVG with
 * `role="img"` named by a summary of the data, and the data as a table in a `<details>`.
 */
export function ChartFigure({ title, description, summary, height, children, legend, columns, rows, className }: ChartFigureProps) {
  const captionId = useId()
  return (
    // aria-labelledby repeats what <figcaption> implies, for tools that do not derive the name from it.
    <figure className={['jk-chart', className].filter(Boolean).join(' ')} aria-labelledby={captionId}>
      <figcaption id={captionId} className="jk-chart-title">
        {title}
      </figcaption>
      {description ? <p className="jk-chart-description">{description}</p> : null}
      <svg className="jk-chart-svg" role="img" aria-label={summary} width="100%" height={height} focusable="false" overflow="visible">
        {children}
      </svg>
      {legend?.length ? (
        <ul className="jk-chart-legend">
          {legend.map((entry) => (
            <li key={entry.key}>
              <svg className="jk-chart-swatch" width="12" height="12" aria-hidden="true" focusable="false">
                <rect className={entry.swatchClassName} width="12" height="12" rx="2" />
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="jk-chart-data">
        <summary>Show the data</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column.header} scope="col" data-numeric={column.numeric || undefined} data-first={index === 0 || undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index} data-numeric={columns[index]?.numeric || undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

/** A bar's width as an SVG percentage of the track: at least a sliver when the value is not zero. */
export function barWidth(value: number, max: number): string {
  if (!(max > 0) || !(value > 0)) return '0%'
  return `${Math.max(0.75, (100 * value) / max).toFixed(2)}%`
}
