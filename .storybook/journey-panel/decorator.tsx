import { toGa4, toSegment, type AnyJourneyEvent } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { LocaleProvider, type Translation } from '@journeykit/ui'
import { useEffect } from 'react'
import { addons } from 'storybook/preview-api'
import type { Decorator, Loader } from '@storybook/react-vite'
import { EVENT_EMITTED, STORY_STARTED, type PanelEvent } from './constants'

function toPanelEvent(event: AnyJourneyEvent): PanelEvent {
  return {
    id: event.id,
    name: event.name,
    stage: event.stage,
    occurredAt: event.occurredAt,
    properties: event.properties,
    block: event.source?.block,
    ga4: toGa4(event)?.name ?? null,
    segment: toSegment(event)?.name ?? null,
  }
}

// Every package's translations, so the toolbar's locale switch reaches every block.
const translations = Object.values(
  import.meta.glob<Translation>('../../packages/*/src/locales/{de,zh-CN,ro}.ts', { eager: true, import: 'default' }),
)

/** Each story gets its own recorded journey; play functions read it as `loaded.recorder`. */
export const journeyLoader: Loader = async () => ({ recorder: createRecorder() })

/** Wraps every story in a JourneyProvider and a LocaleProvider, and streams its events to the Journey panel. */
export const withJourney: Decorator = (Story, context) => {
  const recorder = (context.loaded as { recorder?: Recorder }).recorder ?? createRecorder()
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en'
  const initialStage = context.parameters.journey?.initialStage

  useEffect(() => {
    const channel = addons.getChannel()
    channel.emit(STORY_STARTED, { storyId: context.id })
    for (const event of recorder.events) channel.emit(EVENT_EMITTED, toPanelEvent(event))
    return recorder.journey.subscribe((event) => channel.emit(EVENT_EMITTED, toPanelEvent(event)))
  }, [recorder, context.id])

  return (
    <JourneyProvider journey={recorder.journey} initialStage={initialStage}>
      <LocaleProvider locale={locale} translations={translations}>
        <Story />
      </LocaleProvider>
    </JourneyProvider>
  )
}
