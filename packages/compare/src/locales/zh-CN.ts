import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { compareTrayMessages } from '../compare-tray/messages'
import type { comparisonTableMessages } from '../comparison-table/messages'

type Key =
  | MessageKey<typeof compareTrayMessages>
  | MessageKey<typeof comparisonTableMessages>

const messages: Record<Key, MessageValue> = {
  'compare.compareTray.checkbox': '对比',
  'compare.compareTray.compare': '对比（{count}）',
  'compare.compareTray.title': '对比商品',
  'compare.compareTray.clear': '全部清除',
  'compare.compareTray.remove': '从对比中移除 {name}',
  'compare.compareTray.needMore': '请至少选择两件商品，以便并排比较。',
  'compare.compareTray.limit': '最多可对比 {count} 件商品。请先移除一件再添加。',
  'compare.compareTray.added': '已将 {name} 加入对比。',
  'compare.compareTray.removed': '已从对比中移除 {name}。',
  'compare.compareTray.cleared': '已清空对比。',
  'compare.comparisonTable.caption': '商品对比',
  'compare.comparisonTable.differencesOnly': '仅显示差异',
  'compare.comparisonTable.price': '价格',
  'compare.comparisonTable.rating': '评分',
  'compare.comparisonTable.compareAt': '原价 {price}',
  'compare.comparisonTable.reviewCount': '{count} 条评价',
  'compare.comparisonTable.best': '最佳',
  'compare.comparisonTable.yes': '是',
  'compare.comparisonTable.no': '否',
  'compare.comparisonTable.missing': '无此项',
  'compare.comparisonTable.outOfStock': '缺货',
  'compare.comparisonTable.addToCart': '加入购物车',
  'compare.comparisonTable.added': '{name} 已加入购物车。',
  'compare.comparisonTable.addFailed': '无法将 {name} 加入购物车。',
  'compare.comparisonTable.remove': '从对比中移除 {name}',
  'compare.comparisonTable.removed': '已从对比中移除 {name}。',
  'compare.comparisonTable.empty': '请至少选择两件商品，以便并排比较。',
}

export default { locale: 'zh-CN', messages } satisfies Translation
