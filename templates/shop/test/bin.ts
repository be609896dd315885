import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

const shopDir = dirname(import.meta.dirname)

/** An installed package's executable: the nearest node_modules/.bin above the shop (its own, or a workspace root's). */
export function bin(name: string): string {
  for (let dir = shopDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '.bin', name)
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) throw new Error(`${name} is not installed: run npm install in ${shopDir}`)
  }
}
