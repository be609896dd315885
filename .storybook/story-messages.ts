import type { MessageValues } from '@journeykit/ui'

/** Translates a catalog key into the story's current locale. */
export interface StoryMessage {
  (key: string, values?: MessageValues): string
  /** The message as a whole-string pattern; placeholders not given in `values` match any text. */
  pattern(key: string, values?: MessageValues): RegExp
  /** The same, matching where the message is part of a longer text. */
  partial(key: string, values?: MessageValues): RegExp
}

/**
 * The catalog of the current story's locale (the preview's loader puts it in `loaded`), so play
 * functions find elements by the label the block shows in any locale:
 * `canvas.getByRole('button', { name: storyMessage({ loaded })('loyalty.referralPanel.copy') })`.
 */
export function storyMessage(context: { loaded?: unknown }): StoryMessage {
  const message = (context.loaded as { message?: StoryMessage } | undefined)?.message
  if (!message) throw new Error('storyMessage: no catalog in the story context; is the preview loader configured?')
  return message
}

