import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({ entry: {'index': 'src/index.ts', 'stripe': 'src/stripe.ts', 'test-adapter': 'src/test-adapter.ts', 'server': 'src/server.ts'}, css: ['styles.css'] })
