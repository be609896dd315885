import { defineConfig, type UserConfig } from 'tsdown'

/**
 * The one build every published package uses: ESM + .d.ts per entry, dependencies and peers
 * external, module-level "use client" directives kept (rolldown keeps an entry's directive),
 * CSS files copied as they are.
 */
export function libraryConfig(options: { entry: Record<string, string>; css?: string[] }): UserConfig {
  return defineConfig({
    entry: options.entry,
    format: 'esm',
    platform: 'neutral',
    dts: true,
    sourcemap: false,
    clean: true,
    copy: (options.css ?? []).map((file) => ({ from: `src/${file}`, to: 'dist' })),
  })
}
