import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { runCli, usage, type CliContext } from './main'
import { fixtureTemplate, temporaryFolder } from './test-fixtures'

function cli(overrides: Partial<CliContext> = {}) {
  const output = { out: '', err: '' }
  const context: CliContext = {
    cwd: temporaryFolder(),
    env: {},
    interactive: false,
    ask: vi.fn(async () => ''),
    print: (text) => (output.out += text),
    printError: (text) => (output.err += text),
    templateDir: fixtureTemplate(),
    ...overrides,
  }
  return { context, output, run: (...args: string[]) => runCli(args, context) }
}

describe('create-journeykit', () => {
  it('prints the usage for --help and writes nothing', async () => {
    const { context, output, run } = cli()
    expect(await run('--help')).toBe(0)
    expect(output.out).toBe(usage)
    expect(readdirSync(context.cwd)).toEqual([])
  })

  it('creates the project and lists the next steps with npm by default', async () => {
    const { context, output, run } = cli()
    expect(await run('my-shop')).toBe(0)
    expect(existsSync(join(context.cwd, 'my-shop/package.json'))).toBe(true)
    expect(output.out).toContain('Next steps:\n  cd my-shop\n  npm install\n  npm start\n')
  })

  it('lists the next steps with the package manager that ran it', async () => {
    const { output, run } = cli({ env: { npm_config_user_agent: 'yarn/4.9.1 npm/? node/v20.20.2 linux x64' } })
    expect(await run('my-shop')).toBe(0)
    expect(output.out).toContain('  yarn install\n  yarn start\n')
  })

  it('asks for the folder when none is given and someone is at the keyboard', async () => {
    const ask = vi.fn(async () => 'corner-store')
    const { context, run } = cli({ interactive: true, ask })
    expect(await run()).toBe(0)
    expect(ask).toHaveBeenCalledOnce()
    expect(readdirSync(context.cwd)).toEqual(['corner-store'])
  })

  it('fails with the usage when no folder is given and nobody can be asked', async () => {
    const { context, output, run } = cli()
    expect(await run()).toBe(1)
    expect(output.err).toContain('Missing the project folder.')
    expect(output.err).toContain(usage)
    expect(readdirSync(context.cwd)).toEqual([])
  })

  it('refuses a folder that is not empty with exit code 1, writing nothing', async () => {
    const { context, output, run } = cli()
    mkdirSync(join(context.cwd, 'my-shop'))
    writeFileSync(join(context.cwd, 'my-shop/index.html'), '<h1>old site</h1>')
    expect(await run('my-shop')).toBe(1)
    expect(output.err).toMatch(/my-shop is not empty/)
    expect(readdirSync(join(context.cwd, 'my-shop'))).toEqual(['index.html'])
  })

  it('rejects unknown options and extra folders with the usage', async () => {
    const { output, run } = cli()
    expect(await run('--force', 'my-shop')).toBe(1)
    expect(await run('one', 'two')).toBe(1)
    expect(output.err).toContain("Unknown option '--force'")
    expect(output.err).toContain('Expected one folder, got 2.')
  })
})
