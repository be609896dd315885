import type { NpsResult } from '@journeykit/core/metrics'
import { useFormat } from '@journeykit/ui'
import { ChartFigure } from './chart-figure'

export interface NpsChartProps {
  title: string
  description?: string
  /** From `nps()` of @journeykit/core/metrics; null when nobody answered. */
  result: NpsResult | null
}

const GROUPS = [
  { key: 'promoters', label: 'Promoters', range: '9–10' },
  { key: 'passives', label: 'Passives', range: '7–8' },
  { key: 'detractors', label: 'Detractors', range: '0–6' },
] as const

/** Promoters, passives and detractors as one bar split by share, with a legend that carries the numbers. */
export function NpsChart({ title, description, result }: NpsChartProps) {
  const format = useFormat()
  const responses = result?.responses ?? 0
  const share = (count: number) => (responses ? count / responses : 0)
  const summary = result
    ? `${title}: NPS ${format.number(Math.round(result.score))} from ${format.number(responses)} ${responses === 1 ? 'response' : 'responses'}; ${GROUPS.map(
        (group) => `${group.label.toLowerCase()} ${format.percent(share(result[group.key]))}`,
      ).join(', ')}.`
    : `${title}: no survey responses yet.`
  let x = 0
  return (
    <ChartFigure
      className="jk-nps-chart"
      title={title}
      description={description}
      summary={summary}
      height={result ? 64 : 44}
      legend={
        result
          ? GROUPS.map((group) => ({
              key: group.key,
              label: `${group.label} (${group.range}) · ${format.percent(share(result[group.key]))}`,
              swatchClassName: `jk-nps-${group.key}`,
            }))
          : undefined
      }
      columns={[{ header: 'Group' }, { header: 'Responses', numeric: true }, { header: 'Share', numeric: true }]}
      rows={GROUPS.map((group) => ({
        key: group.key,
        cells: [`${group.label} (${group.range})`, format.number(result?.[group.key] ?? 0), format.percent(share(result?.[group.key] ?? 0))],
      }))}
    >
      {result ? (
        <>
          <text className="jk-nps-score" x="0" y="24">
            {`NPS ${format.number(Math.round(result.score))}`}
            <tspan className="jk-chart-muted" dx="10">{`from ${format.number(responses)} ${responses === 1 ? 'response' : 'responses'}`}</tspan>
          </text>
          {GROUPS.map((group) => {
            const width = 100 * share(result[group.key])
            const segment = (
              <rect key={group.key} className={`jk-nps-${group.key}`} x={`${x}%`} y="38" width={`${width}%`} height="24" />
            )
            x += width
            return segment
          })}
        </>
      ) : (
        <text className="jk-chart-muted" x="0" y="24">
          No survey responses in this period.
        </text>
      )}
    </ChartFigure>
  )
}
