import { index, route, type RouteConfig } from '@react-router/dev/routes'

export default [
  index('routes/home.tsx'),
  route('c/:category', 'routes/category.tsx'),
  route('compare', 'routes/compare.tsx'),
  route('p/:slug', 'routes/product.tsx'),
  route('cart', 'routes/cart.tsx'),
  route('checkout', 'routes/checkout.tsx'),
  route('orders/:orderId', 'routes/order.tsx'),
  route('account', 'routes/account.tsx'),
  route('r/:code', 'routes/referral.tsx'),
  route('journey', 'routes/journey.tsx'),
  route('api/events', 'routes/api.events.ts'),
  route('api/newsletter', 'routes/api.newsletter.ts'),
  route('api/reviews', 'routes/api.reviews.ts'),
  route('api/surveys', 'routes/api.surveys.ts'),
  route('api/stripe/webhook', 'routes/api.stripe-webhook.ts'),
] satisfies RouteConfig
