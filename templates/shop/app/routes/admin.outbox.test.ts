// @vitest-environment node
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../lib/db.server'
import { createSession, createStaff, type StaffRole } from '../lib/admin/staff.server'
import { enqueueEmail } from '../lib/email/outbox.server'
import { openTestDatabase } from '../lib/test-database.server'

let db: Database
vi.mock('../lib/db.server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/db.server')>()),
  getDatabase: async () => db,
}))
const { default: AdminOutbox, loader } = await import('./admin.outbox')

let staffCookies: Record<StaffRole, string>
beforeAll(async () => {
  db = await openTestDatabase({ seed: false })
  const cookieOf = async (role: StaffRole) => {
    const { staff } = await createStaff(db, { email: `${role}@shop.example`, role })
    return `jk_staff=${(await createSession(db, staff.id)).token}`
  }
  staffCookies = { owner: await cookieOf('owner'), staff: await cookieOf('staff'), analyst: await cookieOf('analyst') }
}, 60_000)
afterAll(() => db.close())

const request = (cookie?: string) => new Request('http://shop.test/admin/outbox', { headers: cookie ? { Cookie: cookie } : {} })
const load = () => loader({ request: request(staffCookies.staff) } as never)

/** The page as the back office renders it (its texts follow the admin layout's locale: English here). */
function render(loaderData: Awaited<ReturnType<typeof load>>) {
  const Stub = createRoutesStub([{ path: '/admin/outbox', Component: () => createElement(AdminOutbox, { loaderData } as never) }])
  return renderToStaticMarkup(createElement(Stub, { initialEntries: ['/admin/outbox'] }))
}

describe('/admin/outbox', () => {
  it('is for signed-in staff who handle orders: others are sent to sign in, an analyst is refused', async () => {
    const anonymous = await loader({ request: request() } as never).catch((thrown: unknown) => thrown)
    expect(anonymous).toBeInstanceOf(Response)
    expect((anonymous as Response).status).toBe(302)
    expect((anonymous as Response).headers.get('Location')).toBe('/admin/login?next=%2Fadmin%2Foutbox')
    const analyst = await loader({ request: request(staffCookies.analyst) } as never).catch((thrown: unknown) => thrown)
    expect(analyst).toMatchObject({ init: { status: 403 } })
    await expect(loader({ request: request(staffCookies.owner) } as never)).resolves.toMatchObject({ messages: [] })
  })

  it('says so when nothing has been queued', async () => {
    const data = await load()
    expect(data).toEqual({ smtp: false, messages: [] })
    expect(render(data)).toContain('No email has been queued yet.')
  })

  it('lists the queued messages, newest first, each rendered in a sandboxed frame with its plain text', async () => {
    await enqueueEmail(db, { idempotencyKey: 'a', kind: 'order_confirmation', recipient: 'ada@example.com', subject: 'First', html: '<h1>First mail</h1>', text: 'First mail' }, new Date('2026-12-01T10:00:00Z'))
    await enqueueEmail(db, { idempotencyKey: 'b', kind: 'order_confirmation', recipient: 'grace@example.com', subject: 'Second', html: '<h1>Second mail</h1>', text: 'Second mail' }, new Date('2026-12-01T11:00:00Z'))
    const data = await load()
    expect(data.messages.map((message) => [message.subject, message.recipient, message.status])).toEqual([
      ['Second', 'grace@example.com', 'queued'],
      ['First', 'ada@example.com', 'queued'],
    ])
    const html = render(data)
    expect(html).toContain('No SMTP_URL: messages stay here and are never sent by email (“sent” means delivered to this outbox).')
    expect(html).toMatch(/<iframe title="Second \(HTML\)" srcDoc="&lt;h1&gt;Second mail&lt;\/h1&gt;" sandbox=""/)
    expect(html).toContain('<pre>First mail</pre>')
    expect(html).toContain('<dd>queued, attempts: 0</dd>')
  })

})
