// Every ui translation, for tests (apps import only the locales they use).
import de from './de'
import ro from './ro'
import zhCN from './zh-CN'

export const allUiTranslations = [de, zhCN, ro]
