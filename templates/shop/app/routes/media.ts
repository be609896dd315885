import { getDatabase } from '../lib/db.server'
import { mediaResponse } from '../lib/media.server'
import type { Route } from './+types/media'

/** GET /media/<sha256>.<ext>: an uploaded image (app/lib/media.server.ts), cached for a year, 304 when the client holds it. */
export async function loader({ params, request }: Route.LoaderArgs) {
  return mediaResponse(await getDatabase(), params.file, request)
}
