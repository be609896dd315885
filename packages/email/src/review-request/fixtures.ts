import { sampleOrder } from '../order-confirmation/fixtures'
import type { ReviewRequestProps } from './review-request'

/** The sample order's jacket, a week after delivery (stories and tests). */
export const sampleReviewRequest: ReviewRequestProps = {
  shop: sampleOrder.shop,
  customerName: sampleOrder.customerName,
  orderNumber: sampleOrder.orderNumber,
  product: { name: 'Alpine Down Jacket', variant: 'M / Navy' },
  reviewUrl: 'https://shop.example.com/p/alpine-down-jacket/review?token=buy3r',
  unsubscribeUrl: 'https://shop.example.com/newsletter/unsubscribe?token=uns',
}
