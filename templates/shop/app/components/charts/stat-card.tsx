import type { ReactNode } from 'react'

export interface StatCardProps {
  label: string
  /** The big number, formatted; "—" when there is nothing to compute. */
  value: ReactNode
  /** A line of context under the number, e.g. "of 1,204 sessions". */
  detail?: ReactNode
  /** The change against the previous period, in words, e.g. "Up 2.1 points on the previous 30 days". */
  trend?: ReactNode
}

/** One big number with its label; place inside `<StatGrid>` (a `<dl>`). */
export function StatCard({ label, value, detail, trend }: StatCardProps) {
  return (
    <div className="jk-stat">
      <dt className="jk-stat-label">{label}</dt>
      <dd className="jk-stat-value">{value}</dd>
      {detail ? <dd className="jk-stat-detail">{detail}</dd> : null}
      {trend ? <dd className="jk-stat-trend">{trend}</dd> : null}
    </div>
  )
}

/** The row of big numbers at the top of the dashboard; give it a heading in the page. */
export function StatGrid({ children }: { children: ReactNode }) {
  return <dl className="jk-stats">{children}</dl>
}
