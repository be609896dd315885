// one-off generator for the initial package manifests (kept for reference of the conventions)
import { writeFileSync, existsSync, mkdirSync } from 'node:fs'
const react = { react: '^18 || ^19', 'react-dom': '^18 || ^19' }
const pkgs = {
  core: { desc: 'Journey runtime: typed journey events, tracker, destinations (GA4, Segment, PostHog, beacon), attribution, stage inference and metrics', entries: { '.': 'index', './metrics': 'metrics' }, deps: { zod: '^4.1.0' }, client: false },
  react: { desc: 'React bindings for Journeykit: JourneyProvider, useTrack, useStage, Impression and testing helpers', entries: { '.': 'index', './testing': 'testing' }, deps: { '@journeykit/core': '^0.1.0' }, peers: { ...react, '@testing-library/react': '^16' }, optionalPeers: ['@testing-library/react'] },
  ui: { desc: 'Journeykit design tokens, shared primitives (Button, Dialog, Money, Rating, Badge) and locale catalogs', entries: { '.': 'index' }, css: ['theme.css'], deps: { '@radix-ui/react-dialog': '^1.3.1' }, peers: react },
  promo: { desc: 'Awareness blocks: PromoBanner, SourceAwareHero, NewsletterSignup', entries: { '.': 'index' }, css: ['styles.css'], deps: { '@journeykit/core': '^0.1.0', '@journeykit/react': '^0.1.0', '@journeykit/ui': '^0.1.0' }, peers: { ...react, 'react-hook-form': '^7.55.0' } },
  compare: { desc: 'Consideration blocks: ComparisonTable, CompareTray and useCompare', entries: { '.': 'index' }, css: ['styles.css'], deps: { '@journeykit/core': '^0.1.0', '@journeykit/react': '^0.1.0', '@journeykit/ui': '^0.1.0' }, peers: react },
  'social-proof': { desc: 'Social proof blocks: RatingSummary, ReviewList, ReviewForm, Testimonials, LiveActivity, TrustBadges, StockNotice, Product JSON-LD', entries: { '.': 'index' }, css: ['styles.css'], deps: { '@journeykit/core': '^0.1.0', '@journeykit/react': '^0.1.0', '@journeykit/ui': '^0.1.0' }, peers: { ...react, 'react-hook-form': '^7.55.0' } },
  checkout: { desc: 'One-page guest checkout on react-hook-form with Stripe and offline test payment adapters, plus server-side pricing and webhooks', entries: { '.': 'index', './stripe': 'stripe', './test': 'test-adapter', './server': 'server' }, css: ['styles.css'], deps: { '@journeykit/core': '^0.1.0', '@journeykit/react': '^0.1.0', '@journeykit/ui': '^0.1.0', zod: '^4.1.0', '@hookform/resolvers': '^5.2.0' }, peers: { ...react, 'react-hook-form': '^7.55.0', '@stripe/react-stripe-js': '^5 || ^6 || ^7', '@stripe/stripe-js': '^8 || ^9 || ^10', stripe: '>=18' }, optionalPeers: ['@stripe/react-stripe-js', '@stripe/stripe-js', 'stripe'] },
  loyalty: { desc: 'Retention and advocacy blocks: LoyaltyPanel, RewardsDialog, ReferralPanel, NpsSurvey, CsatSurvey, and the loyalty / referral program logic', entries: { '.': 'index', './program': 'program' }, css: ['styles.css'], deps: { '@journeykit/core': '^0.1.0', '@journeykit/react': '^0.1.0', '@journeykit/ui': '^0.1.0' }, peers: react },
}
for (const [dir, p] of Object.entries(pkgs)) {
  const exportsMap = {}
  for (const [sub, file] of Object.entries(p.entries)) {
    exportsMap[sub] = { source: `./src/${file}.ts`, types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` }
  }
  for (const css of p.css ?? []) exportsMap[`./${css}`] = `./dist/${css}`
  exportsMap['./package.json'] = './package.json'
  const manifest = {
    name: `@journeykit/${dir}`,
    version: '0.1.0',
    description: p.desc,
    license: 'MIT',
    type: 'module',
    sideEffects: p.css ? ['*.css'] : false,
    exports: exportsMap,
    files: ['dist'],
    scripts: {
      build: 'tsdown',
      test: 'vitest run',
      typecheck: 'tsc --noEmit',
      'check:package': 'node ../../scripts/check-package.mjs',
      prepack: 'node ../../scripts/publish-manifest.mjs strip',
      postpack: 'node ../../scripts/publish-manifest.mjs restore',
    },
    dependencies: p.deps,
    ...(p.peers ? { peerDependencies: p.peers } : {}),
    ...(p.optionalPeers ? { peerDependenciesMeta: Object.fromEntries(p.optionalPeers.map((n) => [n, { optional: true }])) } : {}),
    publishConfig: { access: 'public' },
    repository: { type: 'git', url: 'git+https://github.com/journeykit/journeykit.git', directory: `packages/${dir}` },
    keywords: ['react', 'ecommerce', 'customer-journey', 'analytics', 'storefront'],
  }
  mkdirSync(`packages/${dir}/src`, { recursive: true })
  writeFileSync(`packages/${dir}/package.json`, JSON.stringify(manifest, null, 2) + '\n')
}
