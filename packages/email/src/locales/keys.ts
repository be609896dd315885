import type { MessageKey } from '@journeykit/ui'
import type { newsletterConfirmationMessages } from '../newsletter-confirmation/messages'
import type { orderConfirmationMessages } from '../order-confirmation/messages'
import type { refundNoticeMessages } from '../refund-notice/messages'
import type { shippingNoticeMessages } from '../shipping-notice/messages'
import type { layoutMessages } from '../shared/messages'

/** Every message key of the emails: each translation must have all of them. */
export type EmailMessageKey =
  | MessageKey<typeof layoutMessages>
  | MessageKey<typeof orderConfirmationMessages>
  | MessageKey<typeof newsletterConfirmationMessages>
  | MessageKey<typeof shippingNoticeMessages>
  | MessageKey<typeof refundNoticeMessages>
