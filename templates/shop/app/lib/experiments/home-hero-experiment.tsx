import type { Attribution } from '@journeykit/core'
import { Experiment } from '@journeykit/experiments'
import type { ReactNode } from 'react'
import { HomeHero } from '../../components/home-hero'
import type { HeroCopy } from '../hero-copy'
import { HOME_HERO_EXPERIMENT, type HomeHeroVariant } from './config'

/** The home hero in the visitor's variant: copy tailored to the traffic source, or the same copy for everyone (`copy`: the back office's edits). */
export function HomeHeroExperiment({ attribution, copy }: { attribution: Attribution; copy?: HeroCopy }) {
  const variants: Record<HomeHeroVariant, ReactNode> = {
    tailored: <HomeHero attribution={attribution} copy={copy} />,
    generic: <HomeHero attribution={attribution} tailored={false} copy={copy} />,
  }
  return <Experiment name={HOME_HERO_EXPERIMENT} variants={variants} />
}
