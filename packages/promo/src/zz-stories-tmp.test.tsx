import { composeStories, setProjectAnnotations } from '@storybook/react-vite'
import { describe, it } from 'vitest'
import { createRecorder } from '@journeykit/react/testing'
import { JourneyProvider } from '@journeykit/react'
import * as banner from './promo-banner/promo-banner.stories'
import * as hero from './source-aware-hero/source-aware-hero.stories'
import * as signup from './newsletter-signup/newsletter-signup.stories'
import type { Decorator, Loader } from '@storybook/react-vite'

const journeyLoader: Loader = async () => ({ recorder: createRecorder() })
const withJourney: Decorator = (Story, context) => {
  const recorder = (context.loaded as { recorder: ReturnType<typeof createRecorder> }).recorder
  return <JourneyProvider journey={recorder.journey}><Story /></JourneyProvider>
}
setProjectAnnotations({ loaders: [journeyLoader], decorators: [withJourney] })

for (const [file, module] of Object.entries({ banner, hero, signup })) {
  describe(file, () => {
    for (const [name, Story] of Object.entries(composeStories(module as never))) {
      it(name, async () => {
        await (Story as unknown as { run(): Promise<void> }).run()
      })
    }
  })
}
