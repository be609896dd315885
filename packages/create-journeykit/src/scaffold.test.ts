import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scaffold, ScaffoldError } from './scaffold'
import { fixtureTemplate, temporaryFolder } from './test-fixtures'

describe('scaffold', () => {
  it('writes the project named after its folder, with its .gitignore back under its real name', () => {
    const templateDir = fixtureTemplate()
    const target = join(temporaryFolder(), 'Acme Shop')

    const created = scaffold({ targetDir: target, templateDir })

    expect(created).toEqual({ dir: target, name: 'acme-shop' })
    expect(readdirSync(target).sort()).toEqual(['.gitignore', 'README.md', 'app', 'package.json'])
    expect(readFileSync(join(target, '.gitignore'), 'utf8')).toBe('node_modules/\n')
    expect(JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'))).toEqual({ name: 'acme-shop', version: '0.1.0', private: true })
  })

  it("fills the README with the project's name and the package manager's commands", () => {
    const target = join(temporaryFolder(), 'shop')
    scaffold({ targetDir: target, templateDir: fixtureTemplate(), packageManager: 'pnpm' })
    expect(readFileSync(join(target, 'README.md'), 'utf8')).toBe('# shop\n\npnpm install\npnpm dev\npnpm start\n')
  })

  it('refuses a folder that is not empty and writes nothing into it', () => {
    const target = temporaryFolder()
    writeFileSync(join(target, 'notes.txt'), 'mine')

    expect(() => scaffold({ targetDir: target, templateDir: fixtureTemplate() })).toThrow(ScaffoldError)
    expect(() => scaffold({ targetDir: target, templateDir: fixtureTemplate() })).toThrow(/is not empty/)
    expect(readdirSync(target)).toEqual(['notes.txt'])
  })

  it('accepts a folder that only holds a fresh git repository', () => {
    const target = join(temporaryFolder(), 'shop')
    mkdirSync(join(target, '.git'), { recursive: true })
    scaffold({ targetDir: target, templateDir: fixtureTemplate() })
    expect(existsSync(join(target, 'package.json'))).toBe(true)
  })

  it('refuses a folder whose name yields no package name, before creating it', () => {
    const target = join(temporaryFolder(), '!!!')
    expect(() => scaffold({ targetDir: target, templateDir: fixtureTemplate() })).toThrow(/cannot be turned into a package name/)
    expect(existsSync(target)).toBe(false)
  })
})
