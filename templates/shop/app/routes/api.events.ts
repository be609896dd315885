import { collectEvents } from '../lib/collector.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/api.events'

/** The first-party journey event collector: `beacon({ url: '/api/events' })` posts here. See collector.server.ts. */
export async function action({ request }: Route.ActionArgs) {
  return collectEvents(await getDatabase(), request)
}

export function loader() {
  return Response.json({ error: 'Send journey events with POST.' }, { status: 405, headers: { Allow: 'POST' } })
}
