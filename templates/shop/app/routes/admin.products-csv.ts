import { requireStaff } from '../lib/admin/auth.server'
import { exportCatalogCsv } from '../lib/admin/catalog-csv.server'
import { getDatabase } from '../lib/db.server'
import type { Route } from './+types/admin.products-csv'

/** The catalog as a CSV download (one row per variant), the file the import reads back. */
export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDatabase()
  await requireStaff(db, request, 'catalog')
  const day = new Date().toISOString().slice(0, 10)
  return new Response(await exportCatalogCsv(db), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="catalog-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
