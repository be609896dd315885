import type { Args, Decorator } from '@storybook/react-vite'
import { storyLocale } from './globals'

/**
 * A story's sample shop content (reward names, trust lines) in the toolbar's locale: a story or
 * meta sets `parameters: { localizeArgs: (args, locale) => ({ ...args, trust: … }) }`, so a German
 * story shows no English data. The kit's own strings come from its message catalogs instead.
 */
export type LocalizeArgs = (args: Args, locale: string) => Args

export const withLocalizedArgs: Decorator = (Story, context) => {
  const localize = context.parameters.localizeArgs as LocalizeArgs | undefined
  if (!localize) return Story()
  return Story({ args: localize(context.args, storyLocale(context.globals)) })
}
