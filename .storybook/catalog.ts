import type { MessageCatalog, MessageValue, MessageValues, SupportedLocale, Translation } from '@journeykit/ui'
import { formatMessage } from '../packages/ui/src/locale/message-catalog'
import type { StoryMessage } from './story-messages'

/** Every package's translations, so the toolbar's locale switch reaches every block. */
export const translations: readonly Translation[] = Object.values(
  import.meta.glob<Translation>('../packages/*/src/locales/{de,zh-CN,ro}.ts', { eager: true, import: 'default' }),
)

/** Every block's English catalog, merged: the fallback and the list of keys that exist. */
const english: Record<string, MessageValue> = Object.assign(
  {},
  ...Object.values(import.meta.glob<Record<string, unknown>>('../packages/*/src/**/messages.ts', { eager: true }))
    .flatMap((module) => Object.values(module))
    .filter((value): value is MessageCatalog<string> => typeof value === 'object' && value !== null && 'en' in value)
    .map((catalog) => catalog.en),
)

/**
 * Resolves a message key in a locale the way the blocks do (translation, else English), so a
 * play function finds the label the block shows. An unknown key throws: a typo fails the story.
 */
export function messagesFor(locale: SupportedLocale): StoryMessage {
  const localized = Object.assign({}, ...translations.filter((t) => t.locale === locale).map((t) => t.messages))
  const translate = (key: string, values?: MessageValues): string => {
    const translated = (localized as Record<string, MessageValue | undefined>)[key]
    if (translated !== undefined) return formatMessage(locale, translated, values)
    const message = english[key]
    if (message === undefined) throw new Error(`storyMessage: no message "${key}" in any catalog`)
    return formatMessage('en', message, values)
  }
  const source = (key: string, values?: MessageValues) =>
    translate(key, values)
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{[A-Za-z0-9_]+\}/g, '.+?')
  return Object.assign(translate, {
    pattern: (key: string, values?: MessageValues) => new RegExp(`^${source(key, values)}$`),
    partial: (key: string, values?: MessageValues) => new RegExp(source(key, values)),
  })
}
