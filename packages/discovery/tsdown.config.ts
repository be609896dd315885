import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({ entry: {'index': 'src/index.ts', 'locales/de': 'src/locales/de.ts', 'locales/zh-CN': 'src/locales/zh-CN.ts', 'locales/ro': 'src/locales/ro.ts'}, css: ['styles.css'] })
