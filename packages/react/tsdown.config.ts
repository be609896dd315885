import { libraryConfig } from '../../tsdown.shared'

export default libraryConfig({ entry: {'index': 'src/index.ts', 'testing': 'src/testing.tsx'} })
