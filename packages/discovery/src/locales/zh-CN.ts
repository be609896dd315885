import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { recommendationsMessages } from '../recommendations/messages'
import type { searchBoxMessages } from '../search-box/messages'
import type { productCardMessages } from '../shared/messages'

type Key =
  | MessageKey<typeof searchBoxMessages>
  | MessageKey<typeof recommendationsMessages>
  | MessageKey<typeof productCardMessages>

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
  'discovery.productCard.outOfStock': '缺货',
  'discovery.recommendations.similar': '相似商品',
  'discovery.recommendations.bought-together': '经常一起购买',
  'discovery.recommendations.recently-viewed': '最近浏览',
  'discovery.recommendations.popular-in-category': '本类热门',
  'discovery.recommendations.loading': '正在加载推荐…',
  'discovery.recommendations.error': '无法加载推荐。',
  'discovery.recommendations.empty': '暂无推荐。',
}

export default { locale: 'zh-CN', messages } satisfies Translation
