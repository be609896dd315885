import type { MessageValue, Translation } from '@journeykit/ui'
import type { EmailMessageKey } from './keys'

const messages: Record<EmailMessageKey, MessageValue> = {
  'email.layout.visitShop': '访问 {shopName}',
  'email.orderConfirmation.subject': '您的订单 {orderNumber} 已确认',
  'email.orderConfirmation.preview': '感谢您的订单 {orderNumber}。以下是您购买的商品以及接下来的安排。',
  'email.orderConfirmation.heading': '感谢您的订购',
  'email.orderConfirmation.greeting': '{name}，您好：',
  'email.orderConfirmation.intro': '我们已收到您于 {date} 下单的订单 {orderNumber} 的付款。',
  'email.orderConfirmation.itemsHeading': '您的订单',
  'email.orderConfirmation.quantity': '{count} × {price}',
  'email.orderConfirmation.subtotal': '小计',
  'email.orderConfirmation.discount': '折扣',
  'email.orderConfirmation.shipping': '运费',
  'email.orderConfirmation.taxIncluded': '含税',
  'email.orderConfirmation.tax': '税费',
  'email.orderConfirmation.total': '总计',
  'email.orderConfirmation.addressHeading': '收货地址',
  'email.orderConfirmation.nextHeading': '接下来',
  'email.orderConfirmation.next': '我们正在为您打包订单。发货后，我们会给您发送一封附有物流跟踪链接的邮件。',
  'email.orderConfirmation.viewOrder': '查看订单',
  'email.orderConfirmation.pointsEarned': '您通过此订单获得了 {count} 积分。',
  'email.orderConfirmation.footer': '您收到此邮件是因为您在 {shopName} 下了订单。请保留此邮件作为订单确认。',
  'email.newsletterConfirmation.subject': '请确认订阅 {shopName}',
  'email.newsletterConfirmation.preview': '点击一下即可收到我们的新闻和优惠。未确认前，我们不会再发送任何邮件。',
  'email.newsletterConfirmation.heading': '请确认您的订阅',
  'email.newsletterConfirmation.intro': '有人（希望是您）申请通过 {email} 接收 {shopName} 的新闻和优惠。',
  'email.newsletterConfirmation.confirm': '是的，我要订阅',
  'email.newsletterConfirmation.ignore': '如果这不是您的操作，请忽略此邮件：您不会被订阅，我们也不会再联系您。',
  'email.newsletterConfirmation.unsubscribe': '每封新闻邮件都附有退订链接，您可以随时退订。',
  'email.newsletterConfirmation.footer': '您收到此邮件是因为有人在 {shopName} 的新闻订阅表单中填写了此地址。',
}

export default { locale: 'zh-CN', messages } satisfies Translation
