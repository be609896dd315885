// Every translation these blocks use (theirs and ui's), for tests; apps import only the locales they use.
import uiDe from '@journeykit/ui/locales/de'
import uiRo from '@journeykit/ui/locales/ro'
import uiZhCN from '@journeykit/ui/locales/zh-CN'
import de from './de'
import ro from './ro'
import zhCN from './zh-CN'

export const allTranslations = [uiDe, uiZhCN, uiRo, de, zhCN, ro]
