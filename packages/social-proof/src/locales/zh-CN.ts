import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { liveActivityMessages } from '../live-activity/messages'
import type { ratingSummaryMessages } from '../rating-summary/messages'
import type { reviewFormMessages } from '../review-form/messages'
import type { reviewListMessages } from '../review-list/messages'
import type { reviewMessages } from '../shared/messages'
import type { stockNoticeMessages } from '../stock-notice/messages'
import type { testimonialsMessages } from '../testimonials/messages'
import type { trustBadgesMessages } from '../trust-badges/messages'

type Key =
  | MessageKey<typeof liveActivityMessages>
  | MessageKey<typeof ratingSummaryMessages>
  | MessageKey<typeof reviewFormMessages>
  | MessageKey<typeof reviewListMessages>
  | MessageKey<typeof reviewMessages>
  | MessageKey<typeof stockNoticeMessages>
  | MessageKey<typeof testimonialsMessages>
  | MessageKey<typeof trustBadgesMessages>

const messages: Record<Key, MessageValue> = {
  'socialProof.liveActivity.label': '最新动态',
  'socialProof.liveActivity.purchase': '{name} 购买了 {product}',
  'socialProof.liveActivity.purchaseFrom': '来自{city}的 {name} 购买了 {product}',
  'socialProof.liveActivity.review': '{name} 评价了 {product}',
  'socialProof.liveActivity.reviewFrom': '来自{city}的 {name} 评价了 {product}',
  'socialProof.liveActivity.pause': '暂停更新',
  'socialProof.liveActivity.resume': '继续更新',
  'socialProof.liveActivity.hide': '隐藏最新动态',
  'socialProof.liveActivity.show': '显示最新动态',
  'socialProof.liveActivity.empty': '暂无最新动态',
  'socialProof.ratingSummary.barSeparator': '，',
  'socialProof.ratingSummary.barReviews': '条评价（{percent}）',
  'socialProof.ratingSummary.filterBy': '按星级筛选评价',
  'socialProof.reviewForm.rating': '你的评分',
  'socialProof.reviewForm.title': '标题',
  'socialProof.reviewForm.body': '你的评价',
  'socialProof.reviewForm.name': '评价显示的名字',
  'socialProof.reviewForm.submit': '提交评价',
  'socialProof.reviewForm.ratingRequired': '请选择评分。',
  'socialProof.reviewForm.titleRequired': '请填写标题。',
  'socialProof.reviewForm.bodyRequired': '请填写评价内容。',
  'socialProof.reviewForm.bodyTooShort': '请至少写 {min} 个字符。',
  'socialProof.reviewForm.nameRequired': '请填写名字。',
  'socialProof.reviewForm.failed': '评价未能提交。你填写的内容仍在，请重试。',
  'socialProof.reviewForm.thanks': '感谢你的评价！',
  'socialProof.reviewForm.summaryTitle': { other: '请修正 {count} 个问题后提交评价' },
  'socialProof.reviewList.rating': '评分',
  'socialProof.reviewList.allRatings': '全部评分',
  'socialProof.reviewList.withPhotos': '有图评价',
  'socialProof.reviewList.sortBy': '排序方式',
  'socialProof.reviewList.sort.newest': '最新',
  'socialProof.reviewList.sort.highest': '评分最高',
  'socialProof.reviewList.sort.lowest': '评分最低',
  'socialProof.reviewList.sort.helpful': '最有帮助',
  'socialProof.reviewList.noMatches': '没有符合筛选条件的评价',
  'socialProof.reviewList.clearFilters': '清除筛选',
  'socialProof.reviewList.verified': '已验证买家',
  'socialProof.reviewList.variant': '购买款式：{variant}',
  'socialProof.reviewList.photo': '{author} 上传的照片',
  'socialProof.reviewList.reply': '商家回复',
  'socialProof.reviewList.helpful': '有帮助（{count}）',
  'socialProof.reviewList.helpfulFailed': '未能保存你的投票，请重试。',
  'socialProof.reviewList.loadMore': '显示更多评价',
  'socialProof.reviewList.pages': '评价分页',
  'socialProof.reviewList.previous': '上一页',
  'socialProof.reviewList.next': '下一页',
  'socialProof.reviewList.pageOf': '第 {page} 页，共 {pages} 页',
  'socialProof.reviews.stars': '{count} 星',
  'socialProof.reviews.count': '{count} 条评价',
  'socialProof.reviews.none': '暂无评价',
  'socialProof.stockNotice.low': '仅剩 {count} 件',
  'socialProof.stockNotice.out': '缺货',
  'socialProof.testimonials.label': '客户评价',
  'socialProof.testimonials.slide': '第 {index} 条，共 {count} 条',
  'socialProof.testimonials.previous': '上一条评价',
  'socialProof.testimonials.next': '下一条评价',
  'socialProof.testimonials.stop': '停止自动轮播',
  'socialProof.testimonials.start': '开始自动轮播',
  'socialProof.testimonials.empty': '暂无客户评价',
  'socialProof.trustBadges.secure-payment': '安全支付',
  'socialProof.trustBadges.free-returns': '免费退货',
  'socialProof.trustBadges.guarantee': '退款保证',
}

export default { locale: 'zh-CN', messages } satisfies Translation
