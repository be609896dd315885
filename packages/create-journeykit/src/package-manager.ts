export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun'

/** The package manager that ran us, from the `npm_config_user_agent` it sets (`pnpm/9.12.0 npm/? node/v20.19.0 …`). */
export function packageManagerFromUserAgent(userAgent: string | undefined): PackageManager {
  const name = userAgent?.split('/')[0]
  return name === 'pnpm' || name === 'yarn' || name === 'bun' ? name : 'npm'
}

/** The command that runs a package.json script: `npm start`, `pnpm dev`, `bun run test`. */
export function runScriptCommand(packageManager: PackageManager, script: string): string {
  const builtIn = script === 'start' || script === 'test'
  if (packageManager === 'npm') return builtIn ? `npm ${script}` : `npm run ${script}`
  if (packageManager === 'bun') return `bun run ${script}`
  return `${packageManager} ${script}`
}
