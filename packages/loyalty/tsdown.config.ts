import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({ entry: {'index': 'src/index.ts', 'program': 'src/program.ts'}, css: ['styles.css'] })
