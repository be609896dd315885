import { LocaleProvider } from '@journeykit/ui'
import { isRouteErrorResponse, Link, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from 'react-router'
import type { Route } from './+types/root'
import stylesheet from './styles.css?url'
import { JourneyClient } from './components/journey-client'
import { deferUntilChanged } from './components/deferred-section'
import { SiteSearch } from './components/site-search'
import { consentFromCookie } from './lib/consent.server'
import { useNonce } from './components/nonce'
import { getDatabase } from './lib/db.server'
import { publicConfig } from './lib/env.server'
import { readShopSession } from './lib/session.server'

/** Sets no cookie: a visitor without a session sees the same page as every other (see cache.server.ts). */
export async function loader({ request }: Route.LoaderArgs) {
  const session = await readShopSession(request)
  const db = await getDatabase()
  const [categories, cart] = await Promise.all([
    db.query<{ id: string; name: string }>('SELECT id, name FROM categories ORDER BY position'),
    session ? db.query<{ count: number }>('SELECT coalesce(sum(quantity), 0)::int AS count FROM cart_lines WHERE cart_id = $1', [session.cartId]) : null,
  ])
  return {
    categories: categories.rows,
    cartCount: cart?.rows[0]?.count ?? 0,
    /** Empty until the visitor's first form post starts a session (`requireCsrf`). */
    csrf: session?.csrf ?? '',
    config: publicConfig(),
    consent: consentFromCookie(request.headers.get('Cookie')),
  }
}

/** The root loader's data (categories, cart count, CSRF token, public config, consent) from any route. */
export function useRootData() {
  const rootData = useRouteLoaderData<typeof loader>('root')
  if (!rootData) throw new Error('useRootData: the root loader has not run')
  return rootData
}

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet, precedence: 'shop' },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce()
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  const root = useRootData()
  return (
    <LocaleProvider locale="en">
      <JourneyClient config={root.config} consent={root.consent}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            Northwind Outfitters
          </Link>
          <nav aria-label="Categories" className="site-nav">
            {root.categories.map((category) => (
              <NavLink key={category.id} to={`/c/${category.id}`}>
                {category.name}
              </NavLink>
            ))}
          </nav>
          <SiteSearch />
          <nav aria-label="Your shop" className="site-nav site-nav-end">
            <NavLink to="/account">Account</NavLink>
            <NavLink to="/cart">
              Cart <span className="cart-count">({root.cartCount})</span>
            </NavLink>
          </nav>
        </header>
        <main id="main" className="site-main">
          <Outlet />
        </main>
        <footer className="site-footer">
          <p>Northwind Outfitters is a Journeykit demo shop. Payments run in test mode; no real money moves.</p>
          <p>
            <Link to="/journey">Journey dashboard</Link> (for the shop's team)
          </p>
        </footer>
      </JourneyClient>
    </LocaleProvider>
  )
}

// Only an error page shows it: the server's HTML serves, its code loads when the browser renders an error itself.
const NotFoundContent = deferUntilChanged(() => import('./components/not-found').then((module) => module.NotFoundContent))

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404
  const title = notFound ? 'Page not found' : 'Something went wrong'
  const detail = isRouteErrorResponse(error)
    ? error.statusText || 'The shop could not handle that request.'
    : 'The shop could not handle that request. Try again in a moment.'
  return (
    <main id="main" className="site-main error-page">
      <title>{`${title} · Northwind Outfitters`}</title>
      {notFound ? (
        <NotFoundContent />
      ) : (
        <>
          <h1>{title}</h1>
          <p>{detail}</p>
          <p>
            <Link to="/">Back to the shop</Link>
          </p>
        </>
      )}
    </main>
  )
}
