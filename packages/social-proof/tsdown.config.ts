import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({ entry: {'index': 'src/index.ts'}, css: ['styles.css'] })
