import type { Decorator } from '@storybook/react-vite'
import { useLayoutEffect } from 'react'
import { applyTheme, storyLocale, storyTheme, textDirection } from './globals'

/**
 * Gives the story the toolbar's language and theme: `lang` and `dir` on the story's root (so
 * screen readers and CSS line-breaking follow the locale) and the theme on the document. On the
 * story page the document's own `lang`/`dir` follow too, for what dialogs portal into `<body>`;
 * a docs page keeps its own language.
 */
export const withDocument: Decorator = (Story, context) => {
  const locale = storyLocale(context.globals)
  const dir = textDirection(locale)
  const theme = storyTheme(context.globals)
  const ownsDocument = context.viewMode === 'story'

  useLayoutEffect(() => applyTheme(theme), [theme])
  useLayoutEffect(() => {
    if (!ownsDocument) return
    const root = document.documentElement
    root.lang = locale
    root.dir = dir
  }, [ownsDocument, locale, dir])

  return (
    <div lang={locale} dir={dir} data-story-root="" style={{ display: 'contents' }}>
      <Story />
    </div>
  )
}
