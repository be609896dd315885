#!/usr/bin/env node
// The shop's production server: `node server.mjs` (production) or `node server.mjs --demo` (demo
// mode, what `npm start` runs). Build first: `npm run build`. See the README's "Deploy".
// `node server.mjs admin:create --email …` (`npm run admin:create`) makes a back-office account instead.
import { fileURLToPath } from 'node:url'

if (process.argv.includes('--demo')) process.env.SHOP_DEMO = '1'
process.env.NODE_ENV ??= 'production'

let build
try {
  build = await import('./build/server/index.js')
} catch (error) {
  // A configuration the shop cannot start with: one message listing every problem, no stack trace.
  if (error?.name !== 'ShopConfigError') throw error
  console.error(error.message)
  process.exit(1)
}
if (process.argv[2] === 'admin:create') await build.entry.module.runAdminCreate(process.argv.slice(3))
else await build.entry.module.startShopServer(build, { clientDir: fileURLToPath(new URL('./build/client', import.meta.url)) })
