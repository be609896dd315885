import { sampleOrder } from '../order-confirmation/fixtures'
import type { NpsInvitationProps } from './nps-invitation'

/** Ada's invitation, two weeks after her order arrived (stories and tests). */
export const sampleNpsInvitation: NpsInvitationProps = {
  shop: sampleOrder.shop,
  customerName: sampleOrder.customerName,
  surveyUrl: 'https://shop.example.com/survey/nps?token=r3sp',
  unsubscribeUrl: 'https://shop.example.com/newsletter/unsubscribe?token=uns',
}
