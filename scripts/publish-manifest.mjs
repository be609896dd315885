// Runs as a package's prepack/postpack: the `source` export condition points at src/, which is
// not published, so it is removed from the packed package.json and put back afterwards. The
// repository's LICENSE travels with each package the same way (one file to keep, not nine).
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

const [mode] = process.argv.slice(2)
const manifest = 'package.json'
const backup = '.package.json.prepack'
const license = new URL('../LICENSE', import.meta.url)

if (mode === 'strip') {
  copyFileSync(manifest, backup)
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
  for (const target of Object.values(pkg.exports ?? {})) {
    if (target && typeof target === 'object') delete target.source
  }
  delete pkg.scripts?.prepack
  delete pkg.scripts?.postpack
  // written aside, then renamed over: an npm starting in another package meanwhile never reads a half-written manifest
  writeFileSync(`${manifest}.stripped`, JSON.stringify(pkg, null, 2) + '\n')
  renameSync(`${manifest}.stripped`, manifest)
  copyFileSync(license, 'LICENSE')
} else if (mode === 'restore') {
  if (existsSync(backup)) renameSync(backup, manifest)
  rmSync('LICENSE', { force: true })
} else {
  console.error('usage: publish-manifest.mjs strip|restore')
  process.exit(2)
}
