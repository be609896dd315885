// @vitest-environment jsdom
import type { Attribution } from '@journeykit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import '../../test/setup-dom'
import { HOME_HERO_EXPERIMENT, type HomeHeroVariant } from '../lib/experiments/config'
import { HomeHeroExperiment } from '../lib/experiments/home-hero-experiment'
import { ShopExperiments } from '../lib/experiments/shop-experiments'
import type { HeroCopy } from '../lib/hero-copy'
import { HERO_DEFAULT_COPY } from './home-hero'

const NEWSLETTER: Attribution = { campaign: { source: 'newsletter', medium: 'email' }, touchpoint: { channel: 'owned', source: 'newsletter' } }
const GOOGLE: Attribution = { campaign: {}, touchpoint: { channel: 'earned', source: 'www.google.com' } }
const COPY: HeroCopy = {
  direct: { headline: 'Welcome to the shop', subline: 'Everything for the trail.' },
  email: { headline: 'Hello, reader', subline: 'Free shipping this week.' },
  search: { headline: 'Found us on Google?', subline: 'Compare before you buy.' },
}

/** The hero's HTML as the server renders it for a visit from `attribution` in the experiment's `variant`. */
const hero = (attribution: Attribution, variant: HomeHeroVariant, copy?: HeroCopy) =>
  renderToString(
    <ShopExperiments assignments={{ [HOME_HERO_EXPERIMENT]: { variant, inExperiment: true } }}>
      <HomeHeroExperiment attribution={attribution} {...(copy ? { copy } : {})} />
    </ShopExperiments>,
  )

describe('the home hero with the back office’s copy', () => {
  it('shows each source its edited copy in the tailored variant, and the defaults where nothing was edited', () => {
    expect(hero(NEWSLETTER, 'tailored', COPY)).toContain('Hello, reader')
    expect(hero(GOOGLE, 'tailored', COPY)).toContain('Found us on Google?')
    expect(hero(NEWSLETTER, 'tailored')).toContain(HERO_DEFAULT_COPY.email.headline)
    // no search copy: a search visit sees the fallback, as before the back office had any
    expect(hero(GOOGLE, 'tailored')).toContain(HERO_DEFAULT_COPY.direct.headline)
  })

  it('shows everyone the direct copy in the generic variant', () => {
    const html = hero(NEWSLETTER, 'generic', COPY)
    expect(html).toContain('Welcome to the shop')
    expect(html).not.toContain('Hello, reader')
  })
})
