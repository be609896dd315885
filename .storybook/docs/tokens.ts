// The design tokens, read from the theme file itself so these pages can never drift from it.
import themeCss from '../../packages/ui/src/theme.css?raw'

export type Tokens = Record<string, string>

/** The `--jk-*` declarations of the first rule whose selector list contains `selector`. */
function declarations(selector: string): Tokens {
  const start = themeCss.indexOf(selector)
  if (start < 0) throw new Error(`theme.css has no ${selector} rule`)
  const body = themeCss.slice(themeCss.indexOf('{', start) + 1, themeCss.indexOf('}', start))
  const tokens: Tokens = {}
  for (const [, name, value] of body.matchAll(/(--jk-[\w-]+)\s*:\s*([^;]+);/g)) tokens[name!] = value!.replace(/\s+/g, ' ').trim()
  return tokens
}

/** Every token of the light theme (the default), and the dark theme's overrides. */
export const light = declarations(":root,\n[data-theme='light']")
export const dark = declarations("[data-theme='dark'] {")

export function tokensWithPrefix(tokens: Tokens, prefix: string): [string, string][] {
  return Object.entries(tokens).filter(([name]) => name.startsWith(prefix))
}

/** sRGB channels 0–255 of a `#rrggbb` colour; undefined for anything else (rgb() overlays). */
function channels(hex: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!match) return undefined
  const value = Number.parseInt(match[1]!, 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** The WCAG 2 contrast ratio of two hex colours (1–21), or undefined when either is not a hex colour. */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const a = channels(foreground)
  const b = channels(background)
  if (!a || !b) return undefined
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (lighter + 0.05) / (darker + 0.05)
}
