import { defineConfig, type UserConfig } from 'tsdown'

/**
 * The one build every published package uses: ESM + .d.ts, one dist file per source module
 * (`unbundle`), dependencies and peers external, module-level "use client" directives kept,
 * CSS files copied as they are. One file per module is what lets an app's bundler keep only the
 * blocks it imports: with `sideEffects` limited to the CSS, a module none of whose exports is used
 * is skipped whole, and a lazily imported one can become its own chunk.
 */
export function libraryConfig(options: { entry: Record<string, string>; css?: string[] }): UserConfig {
  return defineConfig({
    entry: options.entry,
    format: 'esm',
    platform: 'neutral',
    dts: true,
    sourcemap: false,
    clean: true,
    unbundle: true,
    copy: (options.css ?? []).map((file) => ({ from: `src/${file}`, to: 'dist' })),
  })
}
