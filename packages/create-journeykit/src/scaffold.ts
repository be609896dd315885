import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageNameFromFolder } from './package-name'
import { runScriptCommand, type PackageManager } from './package-manager'

/** The standalone shop inside the published package (written at build time by bundle-template.ts). */
export const defaultTemplateDir: string = fileURLToPath(new URL('../template', import.meta.url))

/** A problem with the user's input: the CLI prints the message and exits with code 1. */
export class ScaffoldError extends Error {}

export interface ScaffoldOptions {
  /** The new project's folder; it must be empty or not exist yet. Its name becomes the package name. */
  targetDir: string
  /** Whose commands the README shows. Default: npm. */
  packageManager?: PackageManager
  templateDir?: string
}

export interface ScaffoldResult {
  /** Absolute path of the new project. */
  dir: string
  /** Its package.json name. */
  name: string
}

/** Writes a new, self-contained Journeykit shop into `targetDir`. Checks everything before writing anything. */
export function scaffold({ targetDir, packageManager = 'npm', templateDir = defaultTemplateDir }: ScaffoldOptions): ScaffoldResult {
  const dir = resolve(targetDir)
  const name = packageNameFromFolder(basename(dir))
  if (!name) throw new ScaffoldError(`"${basename(dir)}" cannot be turned into a package name: use lowercase letters, digits and dashes.`)
  if (!isEmptyFolder(dir)) throw new ScaffoldError(`${dir} is not empty. Choose a new folder, or empty this one first.`)

  cpSync(templateDir, dir, { recursive: true })
  // npm never packs a .gitignore, so the template carries it under another name.
  renameSync(join(dir, 'gitignore'), join(dir, '.gitignore'))
  updateFile(join(dir, 'package.json'), (text) => JSON.stringify({ ...JSON.parse(text), name }, null, 2) + '\n')
  updateFile(join(dir, 'README.md'), (text) =>
    text
      .replaceAll('{{name}}', name)
      .replaceAll('{{install}}', `${packageManager} install`)
      .replace(/\{\{run (\w[\w:-]*)\}\}/g, (_, script: string) => runScriptCommand(packageManager, script)),
  )
  return { dir, name }
}

/** Missing, or holding nothing but a fresh `git init`. */
function isEmptyFolder(dir: string): boolean {
  if (!existsSync(dir)) return true
  if (!statSync(dir).isDirectory()) return false
  return readdirSync(dir).every((entry) => entry === '.git')
}

function updateFile(path: string, update: (text: string) => string): void {
  writeFileSync(path, update(readFileSync(path, 'utf8')))
}
