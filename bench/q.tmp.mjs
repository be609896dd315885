import { build } from 'esbuild'
const [name,pkg]=process.argv.slice(2)
const r = await build({ stdin: { contents: `export { ${name} } from '@journeykit/${pkg}'`, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', minify: true, write: false, metafile: true, external: ['react','react-dom','react/*','react-dom/*','@radix-ui/*','react-hook-form','zod','@stripe/*'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent' })
for (const [k,v] of Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(v.bytesInOutput, k)
