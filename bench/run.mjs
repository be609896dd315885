// npm run bench: runs every bench/*.bench.mjs (each exports `run(): Promise<Figure[]>`), prints
// the figures against their budgets and writes bench/results.json. Exit code 1 when a figure is over budget.
// Figure: { name, value, unit, budget: number | null, better?: 'higher' }. A figure is over budget when
// value > budget, or, with `better: 'higher'` (scores), when value < budget.
import { readdirSync, writeFileSync } from 'node:fs'

// `node bench/run.mjs dashboard catalog-cache`: only the benches whose file names hold one of the words
const only = process.argv.slice(2)
const files = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.mjs') && (!only.length || only.some((word) => file.includes(word))))
  .sort()

const isOverBudget = (figure) =>
  figure.budget != null && (figure.better === 'higher' ? figure.value < figure.budget : figure.value > figure.budget)

const results = []
for (const file of files) {
  const { run } = await import(new URL(file, import.meta.url))
  for (const figure of await run()) {
    results.push(figure)
    const over = isOverBudget(figure)
    const budget = figure.budget == null ? '' : ` (budget ${figure.better === 'higher' ? '≥ ' : ''}${figure.budget} ${figure.unit})`
    console.log(`${over ? 'OVER ' : '     '}${figure.name}: ${figure.value} ${figure.unit}${budget}`)
  }
}

writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')
const over = results.filter(isOverBudget)
console.log(`\n${results.length} figures written to bench/results.json; ${over.length} over budget`)
process.exit(over.length ? 1 : 0)
