import { toGa4, toSegment, type AnyJourneyEvent } from '@journeykit/core'
import { JourneyProvider } from '@journeykit/react'
import { createRecorder, type Recorder } from '@journeykit/react/testing'
import { LocaleProvider } from '@journeykit/ui'
import { useEffect } from 'react'
import { addons } from 'storybook/preview-api'
import type { Decorator, Loader } from '@storybook/react-vite'
import { messagesFor, translations } from '../catalog'
import { storyLocale } from '../globals'
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

/**
 * Each story gets its own recorded journey (`storyRecorder({ loaded })`) and the message catalog
 * of its locale (`storyMessage({ loaded })`).
 */
export const journeyLoader: Loader = async (context) => ({
  recorder: createRecorder(),
  message: messagesFor(storyLocale(context.globals)),
})

/** Wraps every story in a JourneyProvider and a LocaleProvider, and streams its events to the Journey panel. */
export const withJourney: Decorator = (Story, context) => {
  const recorder = (context.loaded as { recorder?: Recorder }).recorder ?? createRecorder()
  const locale = storyLocale(context.globals)
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
