import { createReadableStreamFromReadable } from '@react-router/node'
import { isbot } from 'isbot'
import { resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { renderToPipeableStream } from 'react-dom/server'
import { ServerRouter, type EntryContext } from 'react-router'
import { getDatabase } from './lib/db.server'
import { env } from './lib/env.server'

// Open, migrate and seed the database when the server starts, not on the first visitor's request.
const db = await getDatabase()
console.log(`[shop] database ready (${db.kind === 'pglite' ? `PGlite in ${resolve(process.env.SHOP_DATA_DIR ?? '.data')}` : 'PostgreSQL'})`)
if (env.dashboardTokenGenerated) {
  console.log(`[shop] journey dashboard: /journey?token=${env.dashboardToken}  (set JOURNEY_DASHBOARD_TOKEN to fix it)`)
}

export const streamTimeout = 5_000

export default function handleRequest(request: Request, status: number, headers: Headers, context: EntryContext) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    // Crawlers get the complete page; browsers get the shell as soon as it is ready.
    const readyEvent = isbot(request.headers.get('user-agent')) || context.isSpaMode ? 'onAllReady' : 'onShellReady'
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={context} url={request.url} />, {
      // Completed sections stay in place, however large: React would otherwise stream a big one
      // after the shell and reveal it by script, and the deferred sections (deferred-section.tsx)
      // must be plain server HTML until their code arrives.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      [readyEvent]() {
        shellRendered = true
        const body = new PassThrough()
        headers.set('Content-Type', 'text/html')
        resolve(new Response(createReadableStreamFromReadable(body), { headers, status }))
        pipe(body)
      },
      onShellError: reject,
      onError(error: unknown) {
        status = 500
        if (shellRendered) console.error(error)
      },
    })
    setTimeout(abort, streamTimeout + 1000)
  })
}
