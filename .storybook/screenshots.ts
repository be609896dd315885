import { expect } from 'vitest'
import { page } from 'vitest/browser'
import { applyTheme } from './globals'

/**
 * Each block's main story (the first of its file, unless that one ends in a state that fades with time,
 * as ReferralPanel's "Copied"): the stories the screenshot tests cover.
 */
export const KEY_STORIES = [
  'checkout-couponfield--applied',
  'checkout-guestcheckout--default',
  'checkout-ordersummary--default',
  'compare-comparecheckbox--consideration',
  'compare-comparetray--consideration',
  'compare-comparisontable--consideration',
  'discovery-recentlyviewed--consideration',
  'discovery-recommendations--consideration',
  'discovery-searchbox--awareness',
  'discovery-searchresults--awareness',
  'loyalty-loyaltypanel--guest',
  'loyalty-csatsurvey--satisfied',
  'loyalty-npssurvey--promoter',
  'loyalty-referralpanel--with-stats',
  'loyalty-rewardsdialog--redeem',
  'promo-newslettersignup--sign-up',
  'promo-promobanner--winter-sale',
  'promo-sourceawarehero--newsletter-visitor',
  'social-proof-liveactivity--feed',
  'social-proof-ratingsummary--full',
  'social-proof-reviewform--default',
  'social-proof-reviewlist--default',
  'social-proof-stocknotice--low-stock',
  'social-proof-testimonials--carousel',
  'social-proof-trustbadges--default',
]
export const SCREENSHOT_LOCALES = ['en', 'de']
export const SCREENSHOT_THEMES = ['light', 'dark'] as const
export const SCREENSHOT_WIDTHS = [390, 1280] as const
const HEIGHT = 900

/**
 * Fonts and motion pinned for screenshots: DejaVu Sans is the font Debian's `chromium` brings
 * (through fontconfig's dependency on fonts-dejavu-core), so a fresh CI machine renders the same
 * glyphs as a developer's; no animation, transition or blinking caret makes two shots differ.
 */
const PINNED_STYLE = `
:root { --jk-font-family: 'DejaVu Sans', sans-serif !important; }
/* A dialog is fixed to the viewport: the shot of <body> covers the whole viewport. */
body { min-height: 100vh; }
*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
`

/**
 * pixelmatch per pixel: `threshold` absorbs colour noise and anti-aliased pixels are ignored
 * (its default). Up to 100 differing pixels pass: Chromium sometimes lays one line of text out a
 * pixel lower from one run to the next (66 pixels, seen on ComparisonTable's group heading), while a
 * real change (a moved element, a colour, a spacing) differs in hundreds or thousands.
 */
const COMPARATOR = { threshold: 0.2, allowedMismatchedPixels: 100 }

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

/** Every image decoded (a lazy one may start loading when the width changes). */
const imagesDecoded = () => Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)))

/**
 * Compares the story, as rendered and played, with its committed baselines in both themes at a
 * phone and a desktop width (`npm run test:screenshots:update` rewrites them). Runs in the light
 * projects of `SCREENSHOT_LOCALES`; the dark theme is switched on here rather than in a project
 * of its own, so the browser that already ran the story takes every shot.
 */
export async function matchScreenshots(storyId: string, locale: string) {
  if (!KEY_STORIES.includes(storyId) || !SCREENSHOT_LOCALES.includes(locale)) return
  const style = document.createElement('style')
  style.textContent = PINNED_STYLE
  document.head.append(style)
  try {
    await document.fonts.ready
    for (const theme of SCREENSHOT_THEMES) {
      applyTheme(theme)
      for (const width of SCREENSHOT_WIDTHS) {
        await page.viewport(width, HEIGHT)
        await nextFrame()
        await imagesDecoded()
        await expect
          .element(page.elementLocator(document.body))
          .toMatchScreenshot(`${storyId}--${locale}-${theme}-${width}`, { comparatorName: 'pixelmatch', comparatorOptions: COMPARATOR, timeout: 15_000 })
      }
    }
  } finally {
    applyTheme('light')
    style.remove()
  }
}
