import { libraryConfig } from '../../tsdown.shared'

export default {
  ...libraryConfig({
    entry: {
      index: 'src/index.ts',
      metrics: 'src/metrics.ts',
      // its own chunk, loaded only in development, so production bundles drop it (and zod) whole
      validation: 'src/validation.ts',
    },
  }),
  // One file per source module: an app's bundler can then split what it imports lazily (a
  // destination behind lazyDestination) into its own chunk, which it cannot do inside one file.
  unbundle: true,
}
