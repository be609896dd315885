import { afterEach } from 'vitest'
import { page } from 'vitest/browser'
import { findOverflows } from './overflow'
import { storyLocale } from './globals'
import { matchScreenshots } from './screenshots'

/** The widths every story must fit: a small phone, a common phone, a desktop. */
export const STORY_WIDTHS = [320, 390, 1280] as const
const HEIGHT = 900

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

interface RunStory {
  id: string
  parameters: { overflow?: { disable?: boolean } }
  globals: Record<string, unknown>
}

/** Lays the story out at every width and fails if any box overflows. */
async function checkOverflow() {
  const problems: string[] = []
  for (const width of STORY_WIDTHS) {
    await page.viewport(width, HEIGHT)
    await nextFrame()
    for (const { element, x, y } of findOverflows(document.body)) {
      problems.push(`${width}px: ${element} overflows by ${[x && `${x}px sideways`, y && `${y}px downwards`].filter(Boolean).join(' and ')}`)
    }
  }
  if (problems.length > 0) throw new Error(`Content overflows its box:\n${problems.join('\n')}`)
}

/**
 * After each story has rendered and played (and axe has run), check that no box overflows and
 * compare the key stories with their screenshots. Neither layout nor screenshots need a run per
 * theme (the screenshots switch to dark themselves), so the dark run skips both. A story that is
 * about overflow can opt out with `parameters: { overflow: { disable: true } }`.
 */
afterEach(async (context) => {
  const story = (context as { story?: RunStory }).story
  if (!story || story.globals.theme === 'dark') return
  if (!story.parameters.overflow?.disable) await checkOverflow()
  await matchScreenshots(story.id, storyLocale(story.globals))
  // Eight shots of a key story (two themes, two widths, each compared) outlast the 30 s hook default on a busy machine.
}, 120_000)
