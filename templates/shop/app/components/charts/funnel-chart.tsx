import { useFormat } from '@journeykit/ui'
import { barWidth, ChartFigure } from './chart-figure'

export interface FunnelStep {
  /** Stable key. */
  id: string
  label: string
  /** Sessions at this step (or a later one). */
  sessions: number
  /** 1 − sessions / previous step's sessions; ignored for the first step. */
  dropOff: number
}

export interface FunnelChartProps {
  title: string
  description?: string
  steps: FunnelStep[]
}

const ROW = 64

/**
 * A funnel as bars relative to the first step, each with its share of the first step, and the
 * drop-off from the step before written between the two bars.
 */
export function FunnelChart({ title, description, steps }: FunnelChartProps) {
  const format = useFormat()
  const first = steps[0]?.sessions ?? 0
  const share = (sessions: number) => (first ? sessions / first : 0)
  const sessionsText = (sessions: number) => `${format.number(sessions)} ${sessions === 1 ? 'session' : 'sessions'}`
  const summary = `${title}: ${steps
    .map((step, index) => `${step.label} ${sessionsText(step.sessions)}${index ? `, ${format.percent(step.dropOff)} drop-off` : ''}`)
    .join('; ')}.`
  return (
    <ChartFigure
      className="jk-funnel-chart"
      title={title}
      description={description}
      summary={summary}
      height={Math.max(1, steps.length) * ROW - 24}
      columns={[{ header: 'Step' }, { header: 'Sessions', numeric: true }, { header: `Share of ${steps[0]?.label ?? 'first step'}`, numeric: true }, { header: 'Drop-off from previous step', numeric: true }]}
      rows={steps.map((step, index) => ({
        key: step.id,
        cells: [step.label, format.number(step.sessions), format.percent(share(step.sessions)), index ? format.percent(step.dropOff) : '—'],
      }))}
    >
      {steps.map((step, index) => {
        const top = index * ROW
        return (
          <g key={step.id} className="jk-chart-row">
            <text className="jk-chart-label" x="0" y={top + 14}>
              {step.label}
            </text>
            <text className="jk-chart-value" x="100%" y={top + 14} textAnchor="end">
              {sessionsText(step.sessions)}
              <tspan className="jk-chart-muted">{` · ${format.percent(share(step.sessions))}`}</tspan>
            </text>
            <rect className="jk-chart-track" x="0" y={top + 21} width="100%" height="16" rx="3" />
            <rect className="jk-chart-bar" x="0" y={top + 21} width={barWidth(step.sessions, first)} height="16" rx="3" />
            {index > 0 ? (
              <text className="jk-chart-drop" x="8" y={top - 8}>
                {`↓ ${format.percent(step.dropOff)} drop-off`}
              </text>
            ) : null}
          </g>
        )
      })}
    </ChartFigure>
  )
}
