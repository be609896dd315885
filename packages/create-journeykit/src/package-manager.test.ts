import { describe, expect, it } from 'vitest'
import { packageManagerFromUserAgent, runScriptCommand } from './package-manager'

describe('packageManagerFromUserAgent', () => {
  it.each([
    ['npm/11.19.1 node/v20.20.2 linux x64 workspaces/false', 'npm'],
    ['pnpm/10.4.1 npm/? node/v20.20.2 linux x64', 'pnpm'],
    ['yarn/4.9.1 npm/? node/v20.20.2 linux x64', 'yarn'],
    ['bun/1.2.0 npm/? node/v22.0.0 linux x64', 'bun'],
    [undefined, 'npm'],
    ['deno/2.0.0', 'npm'],
  ])('reads %j as %s', (userAgent, packageManager) => {
    expect(packageManagerFromUserAgent(userAgent)).toBe(packageManager)
  })
})

describe('runScriptCommand', () => {
  it('uses each package manager’s own way to run a script', () => {
    expect(runScriptCommand('npm', 'start')).toBe('npm start')
    expect(runScriptCommand('npm', 'dev')).toBe('npm run dev')
    expect(runScriptCommand('pnpm', 'dev')).toBe('pnpm dev')
    expect(runScriptCommand('yarn', 'start')).toBe('yarn start')
    expect(runScriptCommand('bun', 'test')).toBe('bun run test')
  })
})
