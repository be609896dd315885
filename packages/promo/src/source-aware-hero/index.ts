'use client'
export { chooseHeroVariant, type HeroVariantMatch } from './choose-hero-variant'
export { SourceAwareHero, type HeroImage, type HeroVariant, type SourceAwareHeroProps } from './source-aware-hero'
