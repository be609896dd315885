import { useFormat } from '@journeykit/ui'
import { useId, type ReactNode } from 'react'
import type { DiscoveryDashboard, SearchCount } from '../lib/search/discovery-dashboard.server'
import { StatCard, StatGrid } from './charts'

const SLOT_LABELS: Record<string, string> = {
  'bought-together': 'Bought together',
  similar: 'Similar products',
  'popular-in-category': 'Popular in the category',
  'recently-viewed': 'Recently viewed',
}

/** The journey dashboard's discovery panel: searches, search-to-purchase conversion and the revenue each recommendation slot led to. */
export function JourneyDiscovery({ discovery }: { discovery: DiscoveryDashboard }) {
  const format = useFormat()
  const { searchedVisits, purchasedVisits, rate } = discovery.searchConversion
  const visits = (count: number) => `${format.number(count)} ${count === 1 ? 'visit' : 'visits'}`
  return (
    <section aria-labelledby="discovery-title" className="journey-section">
      <h2 id="discovery-title">What visitors look for</h2>
      <StatGrid>
        <StatCard
          label="Search-to-purchase conversion"
          value={rate === null ? '—' : format.percent(rate)}
          detail={searchedVisits ? `${visits(purchasedVisits)} of ${visits(searchedVisits)} with a search ordered afterwards` : 'no searches in this period'}
        />
      </StatGrid>
      <div className="journey-charts">
        <SearchTable caption="Top searches" rows={discovery.topSearches} none="No searches in this period." />
        <SearchTable caption="Searches without results" rows={discovery.zeroResultSearches} none="Every search in this period found products." />
      </div>
      <DataTable
        caption="Revenue by recommendation slot"
        description="An ordered product is credited to the slot it was last clicked in during the same visit, before the order; revenue is that line's amount as ordered."
        head={['Slot', 'Clicks', 'Orders', 'Revenue']}
        rows={discovery.slots.map((slot) => ({
          key: slot.slot,
          cells: [
            SLOT_LABELS[slot.slot] ?? slot.slot,
            format.number(slot.clicks),
            format.number(slot.orders),
            slot.revenue.length ? slot.revenue.map((money) => format.money(money)).join(' · ') : '—',
          ],
        }))}
      />
    </section>
  )
}

function SearchTable({ caption, rows, none }: { caption: string; rows: SearchCount[]; none: string }) {
  const format = useFormat()
  return rows.length ? (
    <DataTable
      caption={caption}
      head={['Query', 'Searches', 'Visits']}
      rows={rows.map((row) => ({
        key: row.query,
        cells: [row.query, format.number(row.searches), format.number(row.visits)],
      }))}
    />
  ) : (
    <div>
      <h3 className="journey-discovery-table-title">{caption}</h3>
      <p className="journey-discovery-empty">{none}</p>
    </div>
  )
}

/** A table whose first column names the row and whose other columns are figures. */
function DataTable({
  caption,
  description,
  head,
  rows,
}: {
  caption: string
  description?: string
  head: string[]
  rows: Array<{ key: string; cells: ReactNode[] }>
}) {
  const descriptionId = useId()
  return (
    <div>
      <table className="journey-discovery-table" aria-describedby={description ? descriptionId : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((header, index) => (
              <th key={header} scope="col" className={index ? 'numeric' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells: [name, ...figures] }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              {figures.map((figure, index) => (
                <td key={index} className="numeric">
                  {figure}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {description ? (
        <p id={descriptionId} className="journey-discovery-description">
          {description}
        </p>
      ) : null}
    </div>
  )
}
