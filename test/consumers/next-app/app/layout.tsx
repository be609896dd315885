import type { ReactNode } from 'react'
import { LocaleProvider } from '@journeykit/ui'
import { Journey } from './journey'
import '@journeykit/ui/theme.css'
import '@journeykit/promo/styles.css'
import '@journeykit/compare/styles.css'
import '@journeykit/social-proof/styles.css'
import '@journeykit/checkout/styles.css'
import '@journeykit/loyalty/styles.css'

export const metadata = { title: 'Northpeak Outfitters', icons: { icon: 'data:,' } }

// A Server Component: LocaleProvider takes plain props and is used directly; the journey's
// destinations are functions, so they are created in a client component (./journey).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Journey>
          <LocaleProvider locale="en">
            <nav>
              <a href="/">Shop</a> · <a href="/checkout">Checkout</a> · <a href="/account">Account</a>
            </nav>
            <main>{children}</main>
          </LocaleProvider>
        </Journey>
      </body>
    </html>
  )
}
