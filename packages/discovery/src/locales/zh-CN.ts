import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { searchBoxMessages } from '../search-box/messages'

type Key = MessageKey<typeof searchBoxMessages>

const messages: Record<Key, MessageValue> = {
  'discovery.searchBox.label': '搜索商品',
  'discovery.searchBox.placeholder': '搜索…',
  'discovery.searchBox.submit': '搜索',
  'discovery.searchBox.suggestions': '搜索建议',
  'discovery.searchBox.products': '商品',
  'discovery.searchBox.categories': '分类',
  'discovery.searchBox.recent': '最近搜索',
  'discovery.searchBox.loading': '正在加载建议…',
  'discovery.searchBox.results': '有 {count} 条建议。使用上下方向键选择。',
  'discovery.searchBox.empty': '没有与“{query}”相关的建议。按回车键仍可搜索。',
  'discovery.searchBox.error': '无法加载建议。按回车键仍可搜索。',
  'discovery.searchBox.outOfStock': '缺货',
}

export default { locale: 'zh-CN', messages } satisfies Translation
