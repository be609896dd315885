import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({ entry: { index: 'src/index.ts', 'assignment/index': 'src/assignment/index.ts' } })
