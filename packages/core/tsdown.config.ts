import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({
  entry: {
    index: 'src/index.ts',
    metrics: 'src/metrics.ts',
    // its own module, loaded only in development, so production bundles drop it (and zod) whole
    validation: 'src/validation.ts',
  },
})
