import { reactRouter } from '@react-router/dev/vite'
import { createRequire } from 'node:module'
import type { Plugin, UserConfig } from 'vite'

/**
 * The shop's Vite plugins and production build settings: the one place both the monorepo's
 * vite.config.ts and a standalone copy's (create-journeykit) take them from.
 */
export function shopViteConfig(): Pick<UserConfig, 'plugins' | 'build' | 'server'> {
  return {
    plugins: [reactRouter(), reactRouterProductionBuild()],
    server: { port: 3000 },
    build: {
      // React Router preloads route modules from its own manifest. Vite's preloading only serves the
      // sections deferred with import(): every such import would carry its chunk's dependency list,
      // 0.8 KB gzipped on a first product-page visit, for sections that load after the first screen.
      modulePreload: false,
      // React, React DOM and React Router change together and every page needs them: one file
      // compresses 1.9 KB smaller than the three the default split makes, and is one request.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }] } } },
    },
  }
}

/**
 * react-router's exports map names only its development build, also for production bundles
 * (remix-run/react-router#12532). The browser bundle takes the production build instead: smaller,
 * without development warnings. The server keeps the package as Node resolves it, so the server
 * build and the server (server.mjs) share one copy.
 */
function reactRouterProductionBuild(): Plugin {
  const dist = createRequire(import.meta.url).resolve('react-router/package.json').replace(/package\.json$/, 'dist/production/')
  const production: Record<string, string> = { 'react-router': `${dist}index.mjs`, 'react-router/dom': `${dist}dom-export.mjs` }
  return {
    name: 'shop:react-router-production-build',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId: (source) => production[source],
  }
}
