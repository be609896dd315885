/** The traffic sources whose home-hero copy the back office can edit (the hero's variants, app/components/home-hero.tsx). */
export const HERO_SOURCES = ['direct', 'search', 'social', 'email', 'paid'] as const
export type HeroSource = (typeof HERO_SOURCES)[number]

export interface HeroText {
  headline: string
  subline: string
}

/** The copy edited per source; a source left out shows the shop's default copy. */
export type HeroCopy = Partial<Record<HeroSource, HeroText>>

export const HERO_HEADLINE_MAX = 80
export const HERO_SUBLINE_MAX = 200
