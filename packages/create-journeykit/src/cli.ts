#!/usr/bin/env node
import { createInterface } from 'node:readline/promises'
import { runCli } from './main'

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stdin.isTTY),
  async ask(question) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout })
    try {
      return await prompt.question(question)
    } finally {
      prompt.close()
    }
  },
  print: (text) => process.stdout.write(text),
  printError: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
})
