// @vitest-environment node
import { allUiTranslations } from './locales/all'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import {
  Badge,
  Button,
  Dialog,
  DialogContent,
  DialogTrigger,
  EmptyState,
  ErrorState,
  LoadingState,
  LocaleProvider,
  Money,
  Rating,
  VisuallyHidden,
} from './index'

describe('@journeykit/ui on the server', () => {
  it('renders every primitive without a DOM, in the provider locale', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <LocaleProvider locale="de" translations={allUiTranslations}>
        <Button loading>Bezahlen</Button>
        <Badge tone="success">Auf Lager</Badge>
        <Money value={{ amount: 1999, currency: 'EUR' }} />
        <Rating value={4.2} count={3} />
        <VisuallyHidden>versteckt</VisuallyHidden>
        <Dialog>
          <DialogTrigger>Öffnen</DialogTrigger>
          <DialogContent title="Titel">Inhalt</DialogContent>
        </Dialog>
        <LoadingState />
        <ErrorState onRetry={() => {}} />
        <EmptyState title="Leer" />
      </LocaleProvider>,
    )
    expect(html).toContain('aria-busy="true"')
    expect(html).toMatch(/19,99\s€/)
    expect(html).toContain('aria-label="4,2 von 5 Sternen, 3 Bewertungen"')
    expect(html).toContain('Wird geladen…')
    expect(html).toContain('Erneut versuchen')
    expect(html).toContain('Öffnen')
    // A closed dialog renders only its trigger.
    expect(html).not.toContain('Inhalt')
  })
})
