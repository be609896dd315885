import { afterEach } from 'vitest'
import { page } from 'vitest/browser'
import { findOverflows } from './overflow'

/** The widths every story must fit: a small phone, a common phone, a desktop. */
export const STORY_WIDTHS = [320, 390, 1280] as const
const HEIGHT = 900

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

interface RunStory {
  parameters: { overflow?: { disable?: boolean } }
  globals: Record<string, unknown>
}

/**
 * After each story has rendered and played (and axe has run), lay it out at every width and fail
 * if any box overflows. The layout does not depend on the colour theme, so the dark run skips it.
 * A story that is about overflow can opt out with `parameters: { overflow: { disable: true } }`.
 */
afterEach(async (context) => {
  const story = (context as { story?: RunStory }).story
  if (!story || story.parameters.overflow?.disable || story.globals.theme === 'dark') return
  const problems: string[] = []
  for (const width of STORY_WIDTHS) {
    await page.viewport(width, HEIGHT)
    await nextFrame()
    for (const { element, x, y } of findOverflows(document.body)) {
      problems.push(`${width}px: ${element} overflows by ${[x && `${x}px sideways`, y && `${y}px downwards`].filter(Boolean).join(' and ')}`)
    }
  }
  if (problems.length > 0) throw new Error(`Content overflows its box:\n${problems.join('\n')}`)
})
