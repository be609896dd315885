import { defineMessages } from '@journeykit/ui'

export const orderSummaryMessages = defineMessages({
  en: {
    'checkout.orderSummary.title': 'Order summary',
    'checkout.orderSummary.quantity': 'Quantity: {count}',
    'checkout.orderSummary.subtotal': 'Subtotal',
    'checkout.orderSummary.shipping': 'Shipping',
    'checkout.orderSummary.free': 'Free',
    'checkout.orderSummary.tax': 'Tax',
    'checkout.orderSummary.taxIncluded': 'Including tax',
    'checkout.orderSummary.discount': 'Discount',
    'checkout.orderSummary.discountCode': 'Discount ({code})',
    'checkout.orderSummary.total': 'Total',
    'checkout.orderSummary.updating': 'Updating totals…',
  },
})
