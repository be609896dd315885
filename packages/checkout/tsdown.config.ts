import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({ entry: {'index': 'src/index.ts', 'stripe': 'src/stripe.ts', 'test-adapter': 'src/test-adapter.ts', 'server': 'src/server.ts', 'locales/de': 'src/locales/de.ts', 'locales/zh-CN': 'src/locales/zh-CN.ts', 'locales/ro': 'src/locales/ro.ts'}, css: ['styles.css'] })
