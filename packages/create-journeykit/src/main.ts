import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { packageManagerFromUserAgent, runScriptCommand, type PackageManager } from './package-manager'
import { scaffold, ScaffoldError } from './scaffold'

export const usage = `Usage: create-journeykit <folder>

Creates a Journeykit shop (React Router, server-rendered, embedded database, Stripe-ready)
in <folder>, which must be empty or not exist yet. Its name becomes the package name.

  npm create journeykit@latest my-shop

Options:
  -h, --help   Show this help
`

export interface CliContext {
  cwd: string
  env: Record<string, string | undefined>
  /** Whether a person is at the keyboard (stdin is a TTY): only then is a missing folder asked for. */
  interactive: boolean
  ask(question: string): Promise<string>
  print(text: string): void
  printError(text: string): void
  templateDir?: string
}

/** Runs `create-journeykit [folder]`; resolves to the process exit code. */
export async function runCli(args: string[], context: CliContext): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true })
  } catch (error) {
    context.printError(`${(error as Error).message}\n\n${usage}`)
    return 1
  }
  if (parsed.values.help) {
    context.print(usage)
    return 0
  }
  if (parsed.positionals.length > 1) {
    context.printError(`Expected one folder, got ${parsed.positionals.length}.\n\n${usage}`)
    return 1
  }

  let folder = parsed.positionals[0]
  if (!folder && context.interactive) folder = (await context.ask('Project folder (my-shop): ')).trim() || 'my-shop'
  if (!folder) {
    context.printError(`Missing the project folder.\n\n${usage}`)
    return 1
  }

  const packageManager = packageManagerFromUserAgent(context.env.npm_config_user_agent)
  let created
  try {
    created = scaffold({ targetDir: resolve(context.cwd, folder), packageManager, templateDir: context.templateDir })
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error
    context.printError(error.message)
    return 1
  }

  context.print(`Created ${created.name} in ${created.dir}.\n\n${nextSteps(relative(context.cwd, created.dir), packageManager)}`)
  return 0
}

function nextSteps(projectPath: string, packageManager: PackageManager): string {
  const cd = projectPath && `cd ${/\s/.test(projectPath) ? JSON.stringify(projectPath) : projectPath}`
  const steps = [cd, `${packageManager} install`, runScriptCommand(packageManager, 'start')].filter(Boolean)
  return (
    `Next steps:\n${steps.map((step) => `  ${step}\n`).join('')}\n` +
    `Then open http://localhost:3000. ${runScriptCommand(packageManager, 'dev')} runs it with hot reload, ` +
    `${runScriptCommand(packageManager, 'test')} runs its tests; README.md covers the rest.\n`
  )
}
