import type { MessageKey } from '@journeykit/ui'
import type { newsletterConfirmationMessages } from '../newsletter-confirmation/messages'
import type { orderConfirmationMessages } from '../order-confirmation/messages'
import type { refundNoticeMessages } from '../refund-notice/messages'
import type { shippingNoticeMessages } from '../shipping-notice/messages'
import type { layoutMessages, unsubscribeMessages } from '../shared/messages'
import type { abandonedCheckoutMessages } from '../abandoned-checkout/messages'
import type { reviewRequestMessages } from '../review-request/messages'
import type { referralRewardMessages } from '../referral-reward/messages'
import type { npsInvitationMessages } from '../nps-invitation/messages'

/** Every message key of the emails: each translation must have all of them. */
export type EmailMessageKey =
  | MessageKey<typeof layoutMessages>
  | MessageKey<typeof orderConfirmationMessages>
  | MessageKey<typeof newsletterConfirmationMessages>
  | MessageKey<typeof shippingNoticeMessages>
  | MessageKey<typeof refundNoticeMessages>
  | MessageKey<typeof unsubscribeMessages>
  | MessageKey<typeof abandonedCheckoutMessages>
  | MessageKey<typeof reviewRequestMessages>
  | MessageKey<typeof referralRewardMessages>
  | MessageKey<typeof npsInvitationMessages>
