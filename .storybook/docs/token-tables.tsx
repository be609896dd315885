import type { CSSProperties, ReactElement } from 'react'
import { contrastRatio, dark, light, tokensWithPrefix, type Tokens } from './tokens'

const cell: CSSProperties = { padding: '8px 12px', borderBottom: '1px solid #e4e4e7', textAlign: 'left', verticalAlign: 'middle' }
const mono: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }

/** The token a colour is read against: text on backgrounds, backgrounds under text, tones in pairs. */
function counterpart(name: string): string {
  if (name === '--jk-color-accent-contrast') return '--jk-color-accent'
  const tone = /^--jk-tone-(\w+)-(bg|text)$/.exec(name)
  if (tone) return `--jk-tone-${tone[1]}-${tone[2] === 'bg' ? 'text' : 'bg'}`
  if (/-(bg|surface|subtle|accent-soft|border|star-track|overlay)$/.test(name)) return '--jk-color-text'
  return '--jk-color-bg'
}

function verdict(ratio: number): string {
  if (ratio >= 4.5) return 'AA'
  if (ratio >= 3) return 'AA large text / UI'
  return 'decorative only'
}

function Swatch({ tokens, name }: { tokens: Tokens; name: string }) {
  const value = tokens[name] ?? light[name]!
  const other = counterpart(name)
  const otherValue = tokens[other] ?? light[other]
  const ratio = otherValue ? contrastRatio(value, otherValue) : undefined
  const isText = other.endsWith('-bg') || other === '--jk-color-accent'
  const sample: CSSProperties = isText
    ? { background: otherValue, color: value }
    : { background: value, color: otherValue }
  return (
    <td style={cell}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        <span
          aria-hidden
          style={{ ...sample, display: 'grid', placeItems: 'center', width: 44, height: 32, borderRadius: 6, border: '1px solid #a1a1aa', fontWeight: 600 }}
        >
          Aa
        </span>
        <span>
          <code style={mono}>{value}</code>
          <br />
          <small>
            {ratio === undefined ? 'translucent' : `${ratio.toFixed(2)}:1 with ${other.replace('--jk-', '')} · ${verdict(ratio)}`}
          </small>
        </span>
      </div>
    </td>
  )
}

/** Every colour token in the light and the dark theme, with the contrast ratio of the pair it is used in. */
export function ColourTokens() {
  const names = [...tokensWithPrefix(light, '--jk-color-'), ...tokensWithPrefix(light, '--jk-tone-')].map(([name]) => name)
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cell}>Token</th>
          <th style={cell}>Light</th>
          <th style={cell}>Dark</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <th scope="row" style={{ ...cell, ...mono, fontWeight: 400 }}>{name}</th>
            <Swatch tokens={light} name={name} />
            <Swatch tokens={{ ...light, ...dark }} name={name} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A table of tokens of one kind with a visual sample each. */
function TokenTable({ prefix, sample }: { prefix: string; sample: (value: string, name: string) => ReactElement }) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <tbody>
        {tokensWithPrefix(light, prefix).map(([name, value]) => (
          <tr key={name}>
            <th scope="row" style={{ ...cell, ...mono, fontWeight: 400, width: '16rem' }}>{name}</th>
            <td style={{ ...cell, ...mono, width: '12rem' }}>{value}</td>
            <td style={cell}>{sample(value, name)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function TypeScale() {
  return (
    <TokenTable
      prefix="--jk-font-size-"
      sample={(_, name) => <span style={{ fontFamily: 'var(--jk-font-family)', fontSize: `var(${name})` }}>Free returns for 30 days · 30 天免费退货</span>}
    />
  )
}

export function FontWeights() {
  return (
    <TokenTable
      prefix="--jk-font-weight-"
      sample={(_, name) => <span style={{ fontWeight: `var(${name})` as CSSProperties['fontWeight'] }}>Checkout</span>}
    />
  )
}

export function Spacing() {
  return (
    <TokenTable
      prefix="--jk-space-"
      sample={(_, name) => <span aria-hidden style={{ display: 'block', width: `var(${name})`, height: 16, background: '#4f46e5', borderRadius: 2 }} />}
    />
  )
}

export function Radii() {
  return (
    <TokenTable
      prefix="--jk-radius-"
      sample={(_, name) => <span aria-hidden style={{ display: 'block', width: 64, height: 40, border: '2px solid #4f46e5', borderRadius: `var(${name})` }} />}
    />
  )
}

export function Shadows() {
  return (
    <TokenTable
      prefix="--jk-shadow-"
      sample={(_, name) => <span aria-hidden style={{ display: 'block', width: 96, height: 40, background: '#fff', borderRadius: 8, boxShadow: `var(${name})` }} />}
    />
  )
}
