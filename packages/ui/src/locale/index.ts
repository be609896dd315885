export { SUPPORTED_LOCALES, resolveLocale, type SupportedLocale } from './resolve-locale'
export { LocaleProvider, useLocale, type LocaleProviderProps, type MessageOverrides } from './locale-provider'
export {
  defineMessages,
  useMessages,
  type MessageCatalog,
  type MessageKey,
  type Translation,
  type MessageValue,
  type MessageValues,
  type TranslateFunction,
} from './message-catalog'
export { useFormat, type Formatter } from './format'
export { useNumberFormat, type NumberFormatter } from './number-format'
