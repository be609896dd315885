import { useAdminText } from '../../lib/admin/messages'
import type { JourneyVisit } from '../../lib/admin/orders.server'

/** The visits that led to an order, oldest first: where each came from, how far it got, what happened. */
export function OrderJourney({ visits }: { visits: (JourneyVisit & { started: string })[] }) {
  const { t } = useAdminText()
  return (
    <section aria-labelledby="journey-title" className="admin-card">
      <h2 id="journey-title">{t('journey.title')}</h2>
      {visits.length === 0 ? (
        <p>{t('journey.none')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('journey.started')}</th>
                <th scope="col">{t('journey.touchpoint')}</th>
                <th scope="col">{t('journey.campaign')}</th>
                <th scope="col">{t('journey.stages')}</th>
                <th scope="col">{t('journey.steps')}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((visit) => (
                <tr key={visit.startedAt}>
                  <th scope="row">{visit.started}</th>
                  <td>
                    {t(`channel.${visit.channel ?? 'unknown'}`)}
                    {visit.source ? ` · ${visit.source}` : null}
                  </td>
                  <td>{visit.campaign ?? '—'}</td>
                  <td>{visit.stages.map((stage) => t(`stage.${stage}`)).join(' → ')}</td>
                  <td>
                    {visit.steps.join(' → ')} ({t('journey.events', { count: visit.events })})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
