import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'

/** A temporary folder, removed when the test ends. */
export function temporaryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'create-journeykit-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A small template shaped like the bundled one: a stored gitignore, a manifest and a README with placeholders. */
export function fixtureTemplate(): string {
  const dir = join(temporaryFolder(), 'template')
  mkdirSync(join(dir, 'app'), { recursive: true })
  writeFileSync(join(dir, 'gitignore'), 'node_modules/\n')
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@journeykit/shop', version: '0.1.0', private: true }))
  writeFileSync(join(dir, 'README.md'), '# {{name}}\n\n{{install}}\n{{run dev}}\n{{run start}}\n')
  writeFileSync(join(dir, 'app', 'root.tsx'), 'export default function App() {}\n')
  return dir
}
