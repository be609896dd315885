import { Button } from '@journeykit/ui'
import { Form, Link, useNavigation } from 'react-router'
import { filterHref } from '../components/admin/filter-href'
import { DayField, ListTable } from '../components/admin/list-table'
import { Pager } from '../components/admin/pager'
import { SelectField } from '../components/admin/select-field'
import { requireStaff } from '../lib/admin/auth.server'
import { FEEDBACK_GROUPS, FEEDBACK_KINDS } from '../lib/admin/constants'
import { listFeedback } from '../lib/admin/feedback.server'
import { adminLocale, formatDateTime, useAdminText } from '../lib/admin/messages'
import { utcDay } from '../lib/admin/orders.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.feedback'

/** The customers' NPS and CSAT answers with their comments, for staff who look after customers. */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'reviews')
  const params = new URL(request.url).searchParams
  const kind = FEEDBACK_KINDS.find((candidate) => candidate === params.get('kind'))
  const group = FEEDBACK_GROUPS.find((candidate) => candidate === params.get('group'))
  const withComment = params.get('comment') === 'yes'
  const [from, to] = [params.get('from'), params.get('to')].map((day) => (utcDay(day) ? day! : ''))
  const page = Number.parseInt(params.get('page') ?? '1', 10) || 1
  const locale = adminLocale(request.headers.get('Accept-Language'))
  const result = await listFeedback(db, { kind, group, withComment, from, to, page })
  return {
    kind: kind ?? '',
    group: group ?? '',
    withComment,
    from: from!,
    to: to!,
    ...result,
    answers: result.answers.map((answer) => ({ ...answer, given: formatDateTime(locale, answer.createdAt, { time: false }) })),
  }
}

export default function AdminFeedback({ loaderData }: Route.ComponentProps) {
  const { t } = useAdminText()
  const busy = useNavigation().state === 'loading'
  const { answers, summary, kind, group, withComment, from, to, page, pageCount, total } = loaderData
  const counted = [
    t('feedback.count', { count: total }),
    summary.nps && t('feedback.npsSummary', { score: Math.round(summary.nps.score), responses: summary.nps.responses }),
    summary.csat && t('feedback.csatSummary', { percent: Math.round(summary.csat.satisfied * 100), responses: summary.csat.responses }),
  ]
    .filter(Boolean)
    .join(' ')
  const pageLink = (target: number) => filterHref({ kind, group, comment: withComment ? 'yes' : '', from, to, page: target })
  return (
    <section aria-labelledby="feedback-title" className="admin">
      <h1 id="feedback-title">{t('feedback.title')}</h1>
      <Form method="get" className="admin-form-inline" role="search" aria-label={t('feedback.filters')}>
        <SelectField id="feedback-kind" name="kind" label={t('feedback.kind')} options={FEEDBACK_KINDS} optionLabel={(value) => t(`feedback.kind.${value}`)} defaultValue={kind} anyLabel={t('feedback.anyKind')} />
        <SelectField id="feedback-group" name="group" label={t('feedback.group')} options={FEEDBACK_GROUPS} optionLabel={(value) => t(`feedback.group.${value}`)} defaultValue={group} anyLabel={t('feedback.anyGroup')} />
        <DayField id="feedback-from" name="from" label={t('feedback.from')} defaultValue={from} />
        <DayField id="feedback-to" name="to" label={t('feedback.to')} defaultValue={to} />
        <div className="admin-field admin-checkbox">
          <input id="feedback-comment" name="comment" type="checkbox" value="yes" defaultChecked={withComment} />
          <label htmlFor="feedback-comment">{t('feedback.withComment')}</label>
        </div>
        <Button type="submit" loading={busy}>
          {t('orders.filter')}
        </Button>
      </Form>
      <ListTable
        count={counted}
        none={t('feedback.none')}
        caption={t('feedback.title')}
        isEmpty={answers.length === 0}
        head={
          <>
            <th scope="col">{t('feedback.given')}</th>
            <th scope="col">{t('feedback.kind')}</th>
            <th scope="col" className="admin-number">
              {t('feedback.score')}
            </th>
            <th scope="col">{t('feedback.comment')}</th>
            <th scope="col">{t('feedback.order')}</th>
          </>
        }
      >
        {answers.map((answer) => (
          <tr key={answer.id}>
            <th scope="row">{answer.given}</th>
            <td>{t(`feedback.kind.${answer.kind}`)}</td>
            <td className="admin-number">{t(`feedback.scoreOf.${answer.kind}`, { score: answer.score })}</td>
            <td>{answer.comment ?? <span className="admin-hint">{t('feedback.noComment')}</span>}</td>
            <td>
              {answer.orderId ? (
                <>
                  <Link to={`/admin/orders/${encodeURIComponent(answer.orderId)}`}>{answer.orderId}</Link>
                  <br />
                  {answer.email}
                </>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      
      </ListTable>
      <Pager page={page} pageCount={pageCount} pageLink={pageLink} />
    </section>
  )
}
