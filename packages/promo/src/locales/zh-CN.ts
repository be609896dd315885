import type { MessageKey, MessageValue, Translation } from '@journeykit/ui'
import type { newsletterSignupMessages } from '../newsletter-signup/messages'
import type { promoBannerMessages } from '../promo-banner/messages'

type Key =
  | MessageKey<typeof newsletterSignupMessages>
  | MessageKey<typeof promoBannerMessages>

const messages: Record<Key, MessageValue> = {
  'promo.newsletterSignup.title': '订阅我们的新闻邮件',
  'promo.newsletterSignup.emailLabel': '电子邮件地址',
  'promo.newsletterSignup.emailRequired': '请输入您的电子邮件地址。',
  'promo.newsletterSignup.emailInvalid': '请输入有效的电子邮件地址，例如 name@example.com。',
  'promo.newsletterSignup.consentLabel': '通过电子邮件向我发送新闻和优惠。我可以随时退订。',
  'promo.newsletterSignup.consentRequired': '请勾选此项以完成订阅。',
  'promo.newsletterSignup.privacyLink': '阅读我们的隐私政策',
  'promo.newsletterSignup.submit': '订阅',
  'promo.newsletterSignup.success': '谢谢！您已成功订阅。',
  'promo.newsletterSignup.failure': '订阅失败，请重试。',
  'promo.newsletterSignup.summaryTitle': { other: '请修正 {count} 个问题后订阅' },
  'promo.promoBanner.dismiss': '关闭促销：{name}',
  'promo.promoBanner.endsOn': '{date} 结束',
}

export default { locale: 'zh-CN', messages } satisfies Translation
