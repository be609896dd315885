import { config } from 'zod/v4/core'

// zod (the checkout's form rules) otherwise probes `new Function` when a schema is built; under the
// Content-Security-Policy (no 'unsafe-eval') the caught probe is still reported as a violation.
// Imported first by the routes whose modules build zod schemas, so it runs before they do; not in
// the root, which would put zod's core in every page's JavaScript.
config({ jitless: true })
