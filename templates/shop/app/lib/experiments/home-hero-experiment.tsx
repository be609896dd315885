import type { Attribution } from '@journeykit/core'
import { Experiment } from '@journeykit/experiments'
import type { ReactNode } from 'react'
import { HomeHero } from '../../components/home-hero'
import { HOME_HERO_EXPERIMENT, type HomeHeroVariant } from './config'

/** The home hero in the visitor's variant: copy tailored to the traffic source, or the same copy for everyone. */
export function HomeHeroExperiment({ attribution }: { attribution: Attribution }) {
  const variants: Record<HomeHeroVariant, ReactNode> = {
    tailored: <HomeHero attribution={attribution} />,
    generic: <HomeHero attribution={attribution} tailored={false} />,
  }
  return <Experiment name={HOME_HERO_EXPERIMENT} variants={variants} />
}
