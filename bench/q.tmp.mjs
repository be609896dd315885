import { build } from 'esbuild'
const code=process.argv[2]
const r = await build({ stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', minify: true, write: false, metafile: true, plugins:[{name:'x',setup(b){b.onResolve({filter:/^[^./]/},a=>a.path.startsWith('@journeykit/')?undefined:{path:a.path,external:true})}}], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent' })
for (const [k,v] of Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(v.bytesInOutput, k)
