import type { MessageKey, MessageValue, Translation } from '../locale'
import type { uiMessages } from '../messages'

type Key =
  | MessageKey<typeof uiMessages>

const messages: Record<Key, MessageValue> = {
  'ui.close': '关闭',
  'ui.rating': '{value} 星（满分 {max} 星）',
  'ui.ratingWithCount': '{value} 星（满分 {max} 星），{count} 条评价',
  'ui.loading': '正在加载…',
  'ui.error': '出了点问题。',
  'ui.retry': '重试',
  'ui.unavailable': '暂不可用',
}

export default { locale: 'zh-CN', messages } satisfies Translation
