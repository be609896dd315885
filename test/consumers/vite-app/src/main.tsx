import { resolveAttribution } from '@journeykit/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import '@journeykit/ui/theme.css'
import '@journeykit/promo/styles.css'
import '@journeykit/compare/styles.css'
import '@journeykit/social-proof/styles.css'
import '@journeykit/checkout/styles.css'
import '@journeykit/loyalty/styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App attribution={resolveAttribution(window.location.href, document.referrer)} />
  </StrictMode>,
)
