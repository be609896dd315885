import { expect, waitFor, within } from 'storybook/test'
import { storyMessage, type StoryMessage } from '../../../../.storybook/story-messages'
import { PREVIEW_WIDTHS, previewTitle } from './email-preview'

/**
 * Stories only: waits for both frames of an email and returns, per width, the frame and the
 * email's document inside it, after checking that the document is laid out at that width and
 * that every link to the shop (the fixtures' shop.example.com) carries the email's campaign.
 */
export async function emailFrames(canvasElement: HTMLElement, name: string) {
  const canvas = within(canvasElement)
  const frames = []
  for (const width of PREVIEW_WIDTHS) {
    const frame = (await canvas.findByTitle(previewTitle(name, width), {}, { timeout: 10_000 })) as HTMLIFrameElement
    const document = await waitFor(() => {
      const loaded = frame.contentDocument
      if (!loaded?.querySelector('h1')) throw new Error(`${name} at ${width} px has not loaded`)
      return loaded
    })
    await expect(document.documentElement.clientWidth).toBeLessThanOrEqual(width)
    const links = [...document.querySelectorAll('a')].filter((link) => new URL(link.href).hostname === 'shop.example.com')
    await expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      const params = new URL(link.href).searchParams
      await expect([params.get('utm_source'), params.get('utm_medium'), params.get('utm_campaign')]).toEqual(['storybook', 'email', name])
    }
    frames.push({ width, frame, document })
  }
  return frames
}

/**
 * Stories only: a play function that runs `check` on the email's document in each preview frame
 * (after `emailFrames`' checks), with the messages of the story's locale.
 */
export function playInEachFrame(name: string, check: (document: Document, t: StoryMessage) => Promise<void>) {
  return async ({ loaded, canvasElement }: { loaded?: unknown; canvasElement: HTMLElement }) => {
    const t = storyMessage({ loaded })
    for (const { document } of await emailFrames(canvasElement, name)) await check(document, t)
  }
}
