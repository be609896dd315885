// Debian's Chromium for the consumer apps, with every console error and uncaught page error kept.
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

export interface WatchedPage {
  page: Page
  /** Console errors and uncaught exceptions so far, as text. */
  errors: string[]
}

/** A new page whose console errors and page errors are collected (warnings are not errors). */
export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`))
  return { page, errors }
}

/** The GA4 data layer's event names: what the ga4() destination pushed so far. */
export function dataLayerEvents(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window as { dataLayer?: unknown[] }).dataLayer ?? []).flatMap((entry) =>
      entry && typeof entry === 'object' && 'event' in entry ? [String(entry.event)] : [],
    ),
  )
}
