import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { recommendationsMessages } from '../recommendations/messages'
import type { searchBoxMessages } from '../search-box/messages'
import type { searchResultsMessages } from '../search-results/messages'
import type { productCardMessages } from '../shared/messages'

type Key =
  | MessageKey<typeof searchBoxMessages>
  | MessageKey<typeof recommendationsMessages>
  | MessageKey<typeof searchResultsMessages>
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
  'discovery.searchResults.heading': '“{query}”的搜索结果：{count} 个',
  'discovery.searchResults.empty': '没有找到“{query}”的结果',
  'discovery.searchResults.emptyHint': '请检查拼写、移除筛选条件或尝试更宽泛的词语。',
  'discovery.searchResults.didYouMean': '您是不是要找：',
  'discovery.searchResults.popular': '热门商品',
  'discovery.searchResults.filters': '筛选',
  'discovery.searchResults.category': '分类',
  'discovery.searchResults.price': '价格',
  'discovery.searchResults.rating': '评分',
  'discovery.searchResults.inStock': '库存',
  'discovery.searchResults.selected': '（已选）',
  'discovery.searchResults.clearFilters': '清除所有筛选',
  'discovery.searchResults.sort': '排序方式',
  'discovery.searchResults.applySort': '应用',
  'discovery.searchResults.sort.relevance': '相关度',
  'discovery.searchResults.sort.price-asc': '价格：从低到高',
  'discovery.searchResults.sort.price-desc': '价格：从高到低',
  'discovery.searchResults.sort.rating': '顾客评分',
  'discovery.searchResults.pagination': '分页',
  'discovery.searchResults.previous': '上一页',
  'discovery.searchResults.next': '下一页',
  'discovery.searchResults.page': '第 {page} 页，共 {pages} 页',
}

export default { locale: 'zh-CN', messages } satisfies Translation
